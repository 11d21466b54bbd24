import type { CustomerSummary, RfmScore, ValuePredictions } from '@habitue/analytics';
import { formatDay } from '@habitue/import';
import type { CustomerReport, Interval } from './analysis-report.ts';
import { type CustomerColumns, listedCustomerColumns, segmentOfCode } from './customer-columns.ts';
import { money } from './key-figures.ts';

/** One entry per customer with a purchase day, highest CLV first (then highest revenue). */
export function customerReports(
  ids: readonly string[],
  full: CustomerSummary,
  rfm: readonly (RfmScore | null)[],
  predictions: ValuePredictions | null,
): CustomerReport[] {
  const columns = listedCustomerColumns(ids, full, rfm, predictions);
  return customerEntries(columns, 0, columns.ids.length);
}

/** The entries [from, to) of a customer list given as columns, in its order. */
export function customerEntries(
  columns: CustomerColumns,
  from: number,
  to: number,
): CustomerReport[] {
  const reports: CustomerReport[] = [];
  const p = columns.predictions;
  const at = (values: Float64Array | undefined, i: number) =>
    values === undefined || !Number.isFinite(values[i]!) ? null : values[i]!;
  const interval = (
    low: Float64Array | undefined,
    high: Float64Array | undefined,
    i: number,
    unit: (v: number) => number = (v) => v,
  ): Interval | null => {
    const [l, h] = [at(low, i), at(high, i)];
    return l === null || h === null ? null : [unit(l), unit(h)];
  };
  for (let i = from; i < to; i++) {
    const segment = columns.rfm[4 * i + 3]!;
    const expectedAvgSpend = at(p.expectedAvgSpendCents, i);
    const clv = at(p.clvCents, i);
    reports.push({
      id: columns.ids[i]!,
      frequency: columns.frequency[i]!,
      recency: columns.recency[i]!,
      T: columns.T[i]!,
      monetary: money(columns.monetaryRepeatCents[i]!),
      averageBasket: money(columns.monetaryAllCents[i]!),
      revenue: money(columns.revenueCents[i]!),
      firstPurchase: formatDay(columns.firstPurchaseDay[i]!),
      lastPurchase: formatDay(columns.lastPurchaseDay[i]!),
      pAlive: at(p.pAlive, i),
      pAliveInterval: interval(p.pAliveLow, p.pAliveHigh, i),
      expectedPurchases: at(p.expectedPurchases, i),
      expectedPurchasesInterval: interval(p.expectedPurchasesLow, p.expectedPurchasesHigh, i),
      expectedAvgSpend: expectedAvgSpend === null ? null : money(expectedAvgSpend),
      clv: clv === null ? null : money(clv),
      clvInterval: interval(p.clvLowCents, p.clvHighCents, i, money),
      rfm:
        segment === 0
          ? null
          : {
              r: columns.rfm[4 * i]!,
              f: columns.rfm[4 * i + 1]!,
              m: columns.rfm[4 * i + 2]!,
              segment: segmentOfCode(segment),
            },
    });
  }
  return reports;
}
