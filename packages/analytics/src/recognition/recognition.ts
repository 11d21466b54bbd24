import { daysBetween } from '../b2b/payment-quality.ts';

/** What recognition needs to know of a customer. Days are 'YYYY-MM-DD' in the shop's time zone. */
export interface RecognitionFacts {
  readonly customerId: string;
  readonly firstPurchaseOn: string | null;
  readonly lastPurchaseOn: string | null;
  /** Distinct days with a purchase over the last 30 days. */
  readonly visitsLast30Days: number;
  /** Net spend over the last 30 days, cents. */
  readonly spendLast30DaysCents: number;
  /** Distinct purchase days since the first. */
  readonly totalVisits: number;
}

export type RecognitionReason =
  | { readonly kind: 'visits_this_month'; readonly count: number }
  | { readonly kind: 'spend_this_month'; readonly cents: number }
  | { readonly kind: 'seniority'; readonly years: number }
  | { readonly kind: 'total_visits'; readonly count: number };

export interface CustomerOfTheMonth {
  readonly customerId: string;
  readonly reasons: readonly RecognitionReason[];
}

export interface LongStandingCustomer {
  readonly customerId: string;
  readonly since: string;
  /** Whole years since the first purchase. */
  readonly years: number;
  readonly reasons: readonly RecognitionReason[];
}

const wholeYears = (from: string, to: string) => Math.floor(daysBetween(from, to) / 365.25);

/**
 * The customer to thank this month (seeds 001 and 004: recognise the regulars): the most
 * visits over the last 30 days (at least `minVisits`), then the most spent, then the oldest
 * relationship, then the id, so the choice is stable. Null when nobody came often enough.
 * @example
 * customerOfTheMonth([
 *   { customerId: 'lea', firstPurchaseOn: '2023-01-10', lastPurchaseOn: '2026-12-04',
 *     visitsLast30Days: 9, spendLast30DaysCents: 8_100, totalVisits: 240 },
 * ], '2026-12-06');
 * // { customerId: 'lea', reasons: [{ kind: 'visits_this_month', count: 9 },
 * //   { kind: 'spend_this_month', cents: 8_100 }, { kind: 'seniority', years: 3 }] }
 */
export function customerOfTheMonth(
  customers: readonly RecognitionFacts[],
  today: string,
  options: { readonly minVisits?: number } = {},
): CustomerOfTheMonth | null {
  const minVisits = options.minVisits ?? 2;
  const best = customers
    .filter((c) => c.visitsLast30Days >= minVisits && c.firstPurchaseOn !== null)
    .sort(
      (a, b) =>
        b.visitsLast30Days - a.visitsLast30Days ||
        b.spendLast30DaysCents - a.spendLast30DaysCents ||
        (a.firstPurchaseOn! < b.firstPurchaseOn!
          ? -1
          : a.firstPurchaseOn! > b.firstPurchaseOn!
            ? 1
            : 0) ||
        (a.customerId < b.customerId ? -1 : 1),
    )[0];
  if (!best) return null;
  const years = wholeYears(best.firstPurchaseOn!, today);
  return {
    customerId: best.customerId,
    reasons: [
      { kind: 'visits_this_month', count: best.visitsLast30Days },
      { kind: 'spend_this_month', cents: best.spendLast30DaysCents },
      ...(years >= 1 ? [{ kind: 'seniority' as const, years }] : []),
    ],
  };
}

/**
 * The long-standing customers to invite (seed 004: « les vieux clients adorent être reconnus »):
 * a first purchase at least `minYears` ago and a visit within `activeWithinDays` (still
 * coming), the oldest first.
 * @example
 * longStandingCustomers(customers, '2026-12-06', { minYears: 2 });
 * // [{ customerId: 'luc', since: '2019-03-02', years: 7, reasons: [{ kind: 'seniority', years: 7 },
 * //    { kind: 'total_visits', count: 410 }] }, …]
 */
export function longStandingCustomers(
  customers: readonly RecognitionFacts[],
  today: string,
  options: {
    readonly minYears?: number;
    readonly activeWithinDays?: number;
    readonly limit?: number;
  } = {},
): LongStandingCustomer[] {
  const minYears = options.minYears ?? 2;
  const activeWithinDays = options.activeWithinDays ?? 180;
  return customers
    .filter(
      (c) =>
        c.firstPurchaseOn !== null &&
        c.lastPurchaseOn !== null &&
        wholeYears(c.firstPurchaseOn, today) >= minYears &&
        daysBetween(c.lastPurchaseOn, today) <= activeWithinDays,
    )
    .sort(
      (a, b) =>
        (a.firstPurchaseOn! < b.firstPurchaseOn!
          ? -1
          : a.firstPurchaseOn! > b.firstPurchaseOn!
            ? 1
            : 0) ||
        b.totalVisits - a.totalVisits ||
        (a.customerId < b.customerId ? -1 : 1),
    )
    .slice(0, options.limit ?? 50)
    .map((c) => {
      const years = wholeYears(c.firstPurchaseOn!, today);
      return {
        customerId: c.customerId,
        since: c.firstPurchaseOn!,
        years,
        reasons: [
          { kind: 'seniority', years },
          { kind: 'total_visits', count: c.totalVisits },
        ],
      };
    });
}
