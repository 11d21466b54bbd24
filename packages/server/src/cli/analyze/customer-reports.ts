import type { CustomerSummary, RfmScore } from '@habitue/analytics';
import { formatDay } from '@habitue/import';
import type { CustomerReport } from './analysis-report.ts';
import type { Predictions } from './fit-models.ts';
import { money } from './key-figures.ts';

/** One entry per customer with a purchase day, highest CLV first (then highest revenue). */
export function customerReports(
  ids: readonly string[],
  full: CustomerSummary,
  rfm: readonly (RfmScore | null)[],
  predictions: Predictions,
): CustomerReport[] {
  const reports: CustomerReport[] = [];
  const at = (values: Float64Array | null, c: number) => (values === null ? null : values[c]!);
  for (let c = 0; c < full.customerCount; c++) {
    if (full.purchaseDays[c] === 0) continue;
    const score = rfm[c];
    const expectedAvgSpend = at(predictions.expectedAvgSpendCents, c);
    const clv = at(predictions.clvCents, c);
    reports.push({
      id: ids[c]!,
      frequency: full.frequency[c]!,
      recency: full.recency[c]!,
      T: full.T[c]!,
      monetary: money(full.monetaryRepeatCents[c]!),
      averageBasket: money(full.monetaryAllCents[c]!),
      revenue: money(full.revenueCents[c]!),
      firstPurchase: formatDay(full.firstPurchaseDay[c]!),
      lastPurchase: formatDay(full.lastPurchaseDay[c]!),
      pAlive: at(predictions.pAlive, c),
      expectedPurchases: at(predictions.expectedPurchases, c),
      expectedAvgSpend: expectedAvgSpend === null ? null : money(expectedAvgSpend),
      clv: clv === null ? null : money(clv),
      rfm: score
        ? {
            r: score.recency,
            f: score.frequencyScore,
            m: score.monetaryScore,
            segment: score.segment,
          }
        : null,
    });
  }
  return reports.sort((a, b) => (b.clv ?? 0) - (a.clv ?? 0) || b.revenue - a.revenue);
}
