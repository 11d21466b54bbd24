import { groupByCustomer, type Purchase } from '../clv/purchase.ts';
import { type MonthKey, monthKeyUtc, monthsBetween } from './month-key.ts';

export interface CohortRow {
  /** Month of the cohort's first purchase. */
  readonly cohort: MonthKey;
  /** Customers whose first purchase was in that month. */
  readonly size: number;
  /** activeCustomers[k]: cohort customers who bought in month cohort + k (k = 0 is `size`). */
  readonly activeCustomers: readonly number[];
  /** activeCustomers[k] / size, a share in [0, 1]. */
  readonly retention: readonly number[];
}

/**
 * Cohort retention matrix: customers grouped by the month of their first purchase, and for each
 * later month the share of the cohort who bought again in that month. Rows stop at `lastMonth`
 * (default: the latest month with a purchase), so younger cohorts have shorter rows.
 *
 * Pass the full history: a customer's cohort is the month of their first purchase in the data.
 *
 * @example
 * cohortRetention(purchases, { monthKeyOf: monthKeyWithOffset(parisOffset) });
 * // [{ cohort: '2026-01', size: 40, activeCustomers: [40, 22, 18], retention: [1, 0.55, 0.45] }, …]
 */
export function cohortRetention(
  purchases: readonly Purchase[],
  options: { readonly monthKeyOf?: (at: number) => MonthKey; readonly lastMonth?: MonthKey } = {},
): CohortRow[] {
  const monthKeyOf = options.monthKeyOf ?? monthKeyUtc;
  const monthsByCustomer = new Map<string, Set<MonthKey>>();
  let lastMonth = options.lastMonth;
  for (const [customerId, own] of groupByCustomer(purchases)) {
    const months = new Set(own.map((purchase) => monthKeyOf(purchase.at)));
    monthsByCustomer.set(customerId, months);
    if (options.lastMonth === undefined) {
      for (const month of months)
        if (lastMonth === undefined || month > lastMonth) lastMonth = month;
    }
  }
  if (lastMonth === undefined) return [];

  const rows = new Map<MonthKey, number[]>();
  for (const months of monthsByCustomer.values()) {
    const cohort = [...months].sort()[0]!;
    const length = monthsBetween(cohort, lastMonth) + 1;
    if (length <= 0) continue; // first purchase after the last month asked for
    const counts = rows.get(cohort) ?? new Array<number>(length).fill(0);
    rows.set(cohort, counts);
    for (const month of months) {
      const offset = monthsBetween(cohort, month);
      if (offset < length) counts[offset]! += 1;
    }
  }
  return [...rows.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([cohort, counts]) => ({
      cohort,
      size: counts[0]!,
      activeCustomers: counts,
      retention: counts.map((count) => count / counts[0]!),
    }));
}
