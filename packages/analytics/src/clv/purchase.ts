/**
 * One purchase as the measures see it. The server's transactions, the simulator's output and a
 * CSV import all map onto this shape; extra fields are ignored.
 */
export interface Purchase {
  readonly customerId: string;
  /** Milliseconds since the Unix epoch. */
  readonly at: number;
  /** Amount paid, integer cents (a refund is a negative amount). */
  readonly amountCents: number;
}

/** One day in milliseconds; measures work in exact days, the merchant's calendar is the caller's. */
export const DAY_MS = 86_400_000;

/** Average length of a year in days (Gregorian), used to annualise rates. */
export const DAYS_PER_YEAR = 365.2425;

/**
 * Purchases grouped by customer, in input order within each customer.
 *
 * @example
 * groupByCustomer([{ customerId: 'a', at: 1, amountCents: 5 }, { customerId: 'b', at: 2, amountCents: 7 }]);
 * // Map { 'a' => [{ customerId: 'a', … }], 'b' => [{ customerId: 'b', … }] }
 */
export function groupByCustomer<P extends Purchase>(purchases: Iterable<P>): Map<string, P[]> {
  const byCustomer = new Map<string, P[]>();
  for (const purchase of purchases) {
    const list = byCustomer.get(purchase.customerId);
    if (list) list.push(purchase);
    else byCustomer.set(purchase.customerId, [purchase]);
  }
  return byCustomer;
}

/**
 * Purchases made in the half-open interval [start, end).
 *
 * @example
 * purchasesBetween(purchases, Date.UTC(2026, 0, 1), Date.UTC(2027, 0, 1)); // the 2026 purchases (UTC)
 */
export function purchasesBetween<P extends Purchase>(
  purchases: readonly P[],
  start: number,
  end: number,
): P[] {
  return purchases.filter((purchase) => purchase.at >= start && purchase.at < end);
}
