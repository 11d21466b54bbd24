import { DAY_MS, DAYS_PER_YEAR, type Purchase } from '../clv/purchase.ts';

/** Average month length in days, so "per month" means the same thing in February and March. */
const DAYS_PER_MONTH = DAYS_PER_YEAR / 12;

export interface Period {
  /** Inclusive start, ms since epoch. */
  readonly start: number;
  /** Exclusive end, ms since epoch. */
  readonly end: number;
}

export interface PurchaseActivity {
  /** Distinct customers who bought in the period — the denominator of the frequency. */
  readonly customers: number;
  readonly purchases: number;
  readonly revenueCents: number;
  /** Purchases per buying customer over the whole period (`null` with no customer). */
  readonly purchasesPerCustomer: number | null;
  /** The same, scaled to an average month (30.44 days), the unit of the seeds' goals. */
  readonly purchasesPerCustomerPerMonth: number | null;
  /** Revenue per purchase in cents, not rounded (`null` with no purchase). */
  readonly averageOrderValueCents: number | null;
}

/**
 * Purchase frequency and average order value over [start, end). Only customers who bought in the
 * period are counted: a member who never came is invisible here (see the docs on this bias).
 *
 * @example
 * // 2 customers, 6 purchases, 90 € in total over 30.44 days
 * purchaseActivity(purchases, { start, end: start + 30.436875 * DAY_MS });
 * // { customers: 2, purchases: 6, revenueCents: 9_000, purchasesPerCustomer: 3,
 * //   purchasesPerCustomerPerMonth: 3, averageOrderValueCents: 1_500 }
 */
export function purchaseActivity(purchases: readonly Purchase[], period: Period): PurchaseActivity {
  const customers = new Set<string>();
  let count = 0;
  let revenueCents = 0;
  for (const purchase of purchases) {
    if (purchase.at < period.start || purchase.at >= period.end) continue;
    customers.add(purchase.customerId);
    count += 1;
    revenueCents += purchase.amountCents;
  }
  const months = (period.end - period.start) / DAY_MS / DAYS_PER_MONTH;
  const perCustomer = customers.size === 0 ? null : count / customers.size;
  return {
    customers: customers.size,
    purchases: count,
    revenueCents,
    purchasesPerCustomer: perCustomer,
    purchasesPerCustomerPerMonth: perCustomer === null || months <= 0 ? null : perCustomer / months,
    averageOrderValueCents: count === 0 ? null : revenueCents / count,
  };
}

/**
 * Average order value (panier moyen) of the given purchases, in cents, not rounded.
 *
 * @example
 * averageOrderValue([{ customerId: 'a', at: 0, amountCents: 400 }, { customerId: 'b', at: 0, amountCents: 1_100 }]); // 750
 */
export function averageOrderValue(purchases: readonly Purchase[]): number | null {
  if (purchases.length === 0) return null;
  return purchases.reduce((sum, purchase) => sum + purchase.amountCents, 0) / purchases.length;
}
