import { addMonthsToDay } from './calendar.ts';
import type { ChannelKey } from './channel.ts';

/** A shop-local day and what was kept of a purchase that day (net of refunds), cents. */
export interface DatedRevenue {
  readonly on: string;
  readonly netCents: number;
}

/** A customer, the day they were acquired and what they spent since. */
export interface AcquiredHistory {
  readonly customerId: string;
  readonly channel: ChannelKey;
  readonly acquiredOn: string;
  readonly purchases: readonly DatedRevenue[];
}

/** Month k of the curve: the average margin a customer brought in their first k months. */
export interface PaybackPoint {
  readonly month: number;
  /** Customers acquired at least k months before `asOf` (the average is over them). */
  readonly customersObserved: number;
  readonly averageMarginCents: number;
}

export type PaybackStatus =
  /** The average margin reached the cost per customer in `paybackMonths`. */
  | 'paid_back'
  /** Not within the months observed so far. */
  | 'not_yet'
  /** No budget entered for the channel: nothing to pay back is known. */
  | 'no_cost';

export interface Payback {
  readonly costPerCustomerCents: number | null;
  readonly paybackMonths: number | null;
  readonly status: PaybackStatus;
  readonly curve: readonly PaybackPoint[];
}

/**
 * Customers acquired less than a whole month before `asOf` say nothing yet; a point of the curve
 * needs this many customers observed, or the curve stops (one customer is an anecdote).
 */
export const MIN_CUSTOMERS_PER_POINT = 3;

/**
 * How many months a new customer's margin takes to pay back what acquiring them cost
 * (seed 004: "coût d'acquisition d'un nouveau client vs le temps mis pour qu'il devienne
 * rentable"). Month k averages, over the customers acquired at least k months before `asOf`,
 * the margin (`marginRate` × net revenue) of their purchases in their first k months — the
 * first purchase included. The payback is the first k where that average reaches the cost.
 * @example
 * paybackOf({
 *   customers: [a, b, c], // each spent 20 € in their first month
 *   costPerCustomerCents: 500, marginRate: 0.3, asOf: '2026-12-06',
 * }).paybackMonths // 1 (0.3 × 2 000 = 600 ≥ 500)
 */
export function paybackOf(input: {
  customers: readonly AcquiredHistory[];
  costPerCustomerCents: number | null;
  marginRate: number;
  asOf: string;
  horizonMonths?: number;
}): Payback {
  const horizon = input.horizonMonths ?? 36;
  const curve: PaybackPoint[] = [];
  for (let k = 1; k <= horizon; k += 1) {
    let observed = 0;
    let margin = 0;
    for (const c of input.customers) {
      const end = addMonthsToDay(c.acquiredOn, k);
      if (end > input.asOf) continue;
      observed += 1;
      for (const p of c.purchases) {
        if (p.on >= c.acquiredOn && p.on < end) margin += p.netCents * input.marginRate;
      }
    }
    if (observed < MIN_CUSTOMERS_PER_POINT) break;
    curve.push({
      month: k,
      customersObserved: observed,
      averageMarginCents: Math.round(margin / observed),
    });
  }
  const cost = input.costPerCustomerCents;
  if (cost === null)
    return { costPerCustomerCents: null, paybackMonths: null, status: 'no_cost', curve };
  const reached = curve.find((p) => p.averageMarginCents >= cost);
  return reached
    ? { costPerCustomerCents: cost, paybackMonths: reached.month, status: 'paid_back', curve }
    : { costPerCustomerCents: cost, paybackMonths: null, status: 'not_yet', curve };
}
