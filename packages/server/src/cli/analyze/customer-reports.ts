import type { CustomerSummary, RfmScore, ValuePredictions } from '@habitue/analytics';
import { formatDay } from '@habitue/import';
import type { CustomerReport, Interval } from './analysis-report.ts';
import { money } from './key-figures.ts';

/** One entry per customer with a purchase day, highest CLV first (then highest revenue). */
export function customerReports(
  ids: readonly string[],
  full: CustomerSummary,
  rfm: readonly (RfmScore | null)[],
  predictions: ValuePredictions | null,
): CustomerReport[] {
  const reports: CustomerReport[] = [];
  const at = (values: Float64Array | null | undefined, c: number) =>
    values == null || !Number.isFinite(values[c]!) ? null : values[c]!;
  const interval = (
    low: Float64Array | null | undefined,
    high: Float64Array | null | undefined,
    c: number,
    unit: (v: number) => number = (v) => v,
  ): Interval | null => {
    const [l, h] = [at(low, c), at(high, c)];
    return l === null || h === null ? null : [unit(l), unit(h)];
  };
  const p = predictions;
  for (let c = 0; c < full.customerCount; c++) {
    if (full.purchaseDays[c] === 0) continue;
    const score = rfm[c];
    const expectedAvgSpend = at(p?.expectedAvgSpendCents, c);
    const clv = at(p?.clvCents, c);
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
      pAlive: at(p?.pAlive, c),
      pAliveInterval: interval(p?.pAliveLow, p?.pAliveHigh, c),
      expectedPurchases: at(p?.expectedPurchases, c),
      expectedPurchasesInterval: interval(p?.expectedPurchasesLow, p?.expectedPurchasesHigh, c),
      expectedAvgSpend: expectedAvgSpend === null ? null : money(expectedAvgSpend),
      clv: clv === null ? null : money(clv),
      clvInterval: interval(p?.clvLowCents, p?.clvHighCents, c, money),
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
