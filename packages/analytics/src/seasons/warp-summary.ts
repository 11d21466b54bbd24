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
  for (let c = 0; c < summary.customerCount; c++) {
    if (summary.purchaseDays[c] === 0) continue;
    const first = clock.at(summary.firstPurchaseDay[c]!);
    recency[c] = (clock.at(summary.lastPurchaseDay[c]!) - first) / perUnit;
    T[c] = (end - first) / perUnit;
  }
  const holdout = summary.holdout && {
    ...summary.holdout,
    duration: (clock.at(summary.asOfDay) - end) / perUnit,
  };
  return { ...summary, recency, T, holdout };
}
