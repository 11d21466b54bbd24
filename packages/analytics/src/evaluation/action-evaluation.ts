import type { Purchase } from '../clv/purchase.ts';
import { type MonthKey, monthKeyUtc } from '../retention/month-key.ts';

/** A customer who joined through another's referral, and when (an instant, local time as UTC). */
export interface Referral {
  readonly refereeId: string;
  readonly at: number;
}

/**
 * A loyal customer in a month bought in that month and in at least this many distinct months of
 * the 12 ending with it: someone the shop keeps over time and who comes back regularly (seed
 * 002: « un client que l'on conserve dans le temps et qui consomme régulièrement »).
 */
export const LOYAL_MIN_MONTHS = 3;
export const LOYAL_LOOKBACK_MONTHS = 12;

/** The seed 002 figures for one month (« évaluer la pertinence de vos actions »). */
export interface MonthEvaluation {
  readonly month: MonthKey;
  /** Customers who bought in the month. */
  readonly activeCustomers: number;
  /** Customers whose first purchase is in the month. */
  readonly newCustomers: number;
  /** Active customers who bought in ≥ 3 distinct months of the 12 ending with this one. */
  readonly loyalCustomers: number;
  readonly purchases: number;
  readonly revenueCents: number;
  /** Revenue per purchase (the average basket), in cents (null with no purchase). */
  readonly averageBasketCents: number | null;
  /** Revenue per active customer, in cents (null with no customer). */
  readonly revenuePerCustomerCents: number | null;
  /** Customers who joined through a referral in the month. */
  readonly referredCustomers: number;
  /** New customers of the month who had come through a referral. */
  readonly referredNewCustomers: number;
}

const monthIndex = (key: MonthKey) => {
  const [y, m] = key.split('-').map(Number) as [number, number];
  return y * 12 + (m - 1);
};

/**
 * New, loyal and referred customers and revenue per customer, per month. Times are local time
 * written as UTC (the caller's merchant calendar); pass the whole history so that "new" and
 * "loyal" see the months before the first one shown.
 *
 * @example
 * evaluateActions(purchases, referrals, ['2026-10', '2026-11']);
 * // [{ month: '2026-10', activeCustomers: 40, newCustomers: 6, loyalCustomers: 21, … }, …]
 */
export function evaluateActions(
  purchases: readonly Purchase[],
  referrals: readonly Referral[],
  months: readonly MonthKey[],
): MonthEvaluation[] {
  const firstMonth = new Map<string, number>();
  const monthsOf = new Map<string, Set<number>>();
  const revenue = new Map<number, number>();
  const count = new Map<number, number>();
  for (const p of purchases) {
    const m = monthIndex(monthKeyUtc(p.at));
    firstMonth.set(p.customerId, Math.min(m, firstMonth.get(p.customerId) ?? m));
    const set = monthsOf.get(p.customerId) ?? new Set<number>();
    set.add(m);
    monthsOf.set(p.customerId, set);
    revenue.set(m, (revenue.get(m) ?? 0) + p.amountCents);
    count.set(m, (count.get(m) ?? 0) + 1);
  }
  const referred = new Set(referrals.map((r) => r.refereeId));
  const referredIn = new Map<number, number>();
  for (const r of referrals) {
    const m = monthIndex(monthKeyUtc(r.at));
    referredIn.set(m, (referredIn.get(m) ?? 0) + 1);
  }
  return months.map((month) => {
    const m = monthIndex(month);
    let active = 0;
    let fresh = 0;
    let loyal = 0;
    let referredNew = 0;
    for (const [customerId, set] of monthsOf) {
      if (!set.has(m)) continue;
      active++;
      if (firstMonth.get(customerId) === m) {
        fresh++;
        if (referred.has(customerId)) referredNew++;
      }
      let seen = 0;
      for (const other of set) if (other <= m && other > m - LOYAL_LOOKBACK_MONTHS) seen++;
      if (seen >= LOYAL_MIN_MONTHS) loyal++;
    }
    const revenueCents = revenue.get(m) ?? 0;
    const purchases = count.get(m) ?? 0;
    return {
      month,
      activeCustomers: active,
      newCustomers: fresh,
      loyalCustomers: loyal,
      purchases,
      revenueCents,
      averageBasketCents: purchases === 0 ? null : Math.round(revenueCents / purchases),
      revenuePerCustomerCents: active === 0 ? null : Math.round(revenueCents / active),
      referredCustomers: referredIn.get(m) ?? 0,
      referredNewCustomers: referredNew,
    };
  });
}

/**
 * The `count` months ending with `last`, oldest first.
 * @example monthsEndingWith('2026-02', 3) // ['2025-12', '2026-01', '2026-02']
 */
export function monthsEndingWith(last: MonthKey, count: number): MonthKey[] {
  const end = monthIndex(last);
  return Array.from({ length: count }, (_, k) => {
    const i = end - (count - 1) + k;
    return `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
  });
}
