import { addMonthsToDay, wholeYearsBetween } from './calendar.ts';
import type { DatedRevenue } from './payback.ts';

/** A customer, the day they became one and their purchases (net of refunds). */
export interface CapitalCustomer {
  readonly customerId: string;
  readonly acquiredOn: string;
  readonly purchases: readonly DatedRevenue[];
}

/** One seniority year of the shop's customers over the last 12 months. */
export interface SeniorityYear {
  /** 1: acquired in the last 12 months; 2: 1 to 2 years ago; … the last row gathers the oldest. */
  readonly year: number;
  /** True for the last row ("5 ans et plus"). */
  readonly andMore: boolean;
  readonly customers: number;
  /** Customers who bought in the last 12 months. */
  readonly activeCustomers: number;
  readonly revenueCents: number;
  /** Share of the 12 months' revenue, 0–1 (0 when there was none). */
  readonly revenueShare: number;
  /** Revenue ÷ active customers; null without any. */
  readonly revenuePerActiveCents: number | null;
  /**
   * Of the customers of this seniority who bought in the 12 months before, the share who bought
   * again in the last 12; null for year 1 (they were not customers yet) or when nobody bought before.
   */
  readonly retentionRate: number | null;
}

export interface CustomerCapital {
  /** First day of the 12 months (included). */
  readonly from: string;
  /** `asOf` (included). */
  readonly to: string;
  readonly years: readonly SeniorityYear[];
  readonly revenueCents: number;
}

/**
 * The "capital client" of seed 004: the last 12 months' revenue and retention by how long
 * customers have been customers, so the owner sees what the long-standing customers are worth
 * against the new ones. Seniority is counted at `asOf`; `maxYears` (default 5) gathers the
 * oldest in one row.
 * @example customerCapital({ customers, asOf: '2026-12-06' }).years[0].revenueShare // new customers' share
 */
export function customerCapital(input: {
  customers: readonly CapitalCustomer[];
  asOf: string;
  maxYears?: number;
}): CustomerCapital {
  const maxYears = input.maxYears ?? 5;
  const { asOf } = input;
  const from = addMonthsToDay(asOf, -12);
  const previousFrom = addMonthsToDay(asOf, -24);
  const rows = Array.from({ length: maxYears }, () => ({
    customers: 0,
    active: 0,
    revenue: 0,
    before: 0,
    kept: 0,
  }));
  for (const c of input.customers) {
    if (c.acquiredOn > asOf) continue;
    const row = rows[Math.min(wholeYearsBetween(c.acquiredOn, asOf), maxYears - 1)]!;
    row.customers += 1;
    // Windows are (from, asOf] and (previousFrom, from]: a day belongs to one only.
    const now = c.purchases.filter((p) => p.on > from && p.on <= asOf);
    const boughtBefore = c.purchases.some((p) => p.on > previousFrom && p.on <= from);
    const revenue = now.reduce((sum, p) => sum + p.netCents, 0);
    row.revenue += revenue;
    if (now.length > 0) row.active += 1;
    if (boughtBefore) {
      row.before += 1;
      if (now.length > 0) row.kept += 1;
    }
  }
  const total = rows.reduce((sum, r) => sum + r.revenue, 0);
  return {
    from: addMonthsToDay(asOf, -12),
    to: asOf,
    revenueCents: total,
    years: rows.map((r, i) => ({
      year: i + 1,
      andMore: i === maxYears - 1,
      customers: r.customers,
      activeCustomers: r.active,
      revenueCents: r.revenue,
      revenueShare: total === 0 ? 0 : r.revenue / total,
      revenuePerActiveCents: r.active === 0 ? null : Math.round(r.revenue / r.active),
      retentionRate: i === 0 || r.before === 0 ? null : r.kept / r.before,
    })),
  };
}
