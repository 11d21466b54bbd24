import type { CustomerSummary } from '../summary/customer-summary.ts';
import { daysPerUnit } from '../summary/transactions.ts';
import type { SeasonalClock } from './seasonal-clock.ts';

/**
 * The summary on the shop's seasonal time scale: t_x, T and the holdout's length become
 * operational time (the purchase days and amounts stay as they are).
 *
 * @example
 * const warped = warpSummary(summary, seasonalClock(pattern.monthly));
 * warped.T[0]; // longer than summary.T[0] when the customer's time spans busy months
 */
export function warpSummary(summary: CustomerSummary, clock: SeasonalClock): CustomerSummary {
  const perUnit = daysPerUnit(summary.unit);
  const end = clock.at(summary.windowEndDay);
  const recency = new Float64Array(summary.customerCount);
  const T = new Float64Array(summary.customerCount);
  const at = clockByDay(summary, clock);
  for (let c = 0; c < summary.customerCount; c++) {
    if (summary.purchaseDays[c] === 0) continue;
    const first = at(summary.firstPurchaseDay[c]!);
    recency[c] = (at(summary.lastPurchaseDay[c]!) - first) / perUnit;
    T[c] = (end - first) / perUnit;
  }
  const holdout = summary.holdout && {
    ...summary.holdout,
    duration: (clock.at(summary.asOfDay) - end) / perUnit,
  };
  return { ...summary, recency, T, holdout };
}

/**
 * `clock.at` on the customers' purchase days, read from a table of the days between the first
 * and the last: a few hundred to a few thousand days for any number of customers. A summary is
 * warped once per round of the seasons' estimate and once for the fits; on 160,000 customers a
 * warp took 18 ms with a call per customer and day, 3–5 ms with the table (the same values).
 */
function clockByDay(summary: CustomerSummary, clock: SeasonalClock): (day: number) => number {
  let low = Number.POSITIVE_INFINITY;
  let high = Number.NEGATIVE_INFINITY;
  for (let c = 0; c < summary.customerCount; c++) {
    if (summary.purchaseDays[c] === 0) continue;
    low = Math.min(low, summary.firstPurchaseDay[c]!);
    high = Math.max(high, summary.lastPurchaseDay[c]!);
  }
  // A span far wider than the customers (a lone customer decades back) is not tabulated.
  if (!(high - low < 4 * summary.customerCount + 1000)) return (day) => clock.at(day);
  const table = new Float64Array(high - low + 1);
  for (let d = low; d <= high; d++) table[d - low] = clock.at(d);
  return (day) => table[day - low]!;
}
