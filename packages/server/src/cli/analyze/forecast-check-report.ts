import type { Backtest, SeasonsReport } from '@habitue/analytics';
import { formatDay } from '@habitue/import';
import type { Interval } from './analysis-report.ts';

/** The backtest as `--json` gives it: dates, counts, money in currency units. */
export type BacktestReport =
  /** Left out on request (`--no-backtest`, `--quick`). */
  | { status: 'off' }
  | { status: 'too-short'; historyDays: number; neededDays: number }
  | { status: 'no-model'; calibrationEnd: string }
  | {
      status: 'done';
      /** Last day the refit saw; the held-out period runs from the next day to `asOf`. */
      calibrationEnd: string;
      asOf: string;
      horizonDays: number;
      customers: number;
      model: string;
      seasonal: boolean;
      predictedPurchases: number;
      predictedPurchasesInterval: Interval | null;
      actualPurchases: number;
      predictedRevenue: number | null;
      actualRevenue: number;
      months: { from: string; to: string; predictedPurchases: number; actualPurchases: number }[];
      deciles: {
        decile: number;
        customers: number;
        predictedPurchases: number;
        actualPurchases: number;
      }[];
      /** Normalised Gini of the ranking (1 = the exact order); null when nobody came back. */
      gini: number | null;
    };

/** What the forecast knows of the shop's year (docs/analytics/seasons.md). */
export interface SeasonsJson {
  status: 'estimated' | 'too-short' | 'off';
  /** Purchase-rate factor by month, January first, mean 1; null unless estimated. */
  monthly: number[] | null;
  /** Share of the horizon in months the history never covered (intervals widened there). */
  unseenShare: number;
}

const cents = (n: number) => Math.round(n) / 100;
const interval = (e: { low: number; high: number }): Interval | null =>
  Number.isFinite(e.low) && Number.isFinite(e.high) ? [e.low, e.high] : null;

export function backtestReport(b: Backtest | null): BacktestReport {
  if (b === null) return { status: 'off' };
  switch (b.status) {
    case 'too-short':
      return b;
    case 'no-model':
      return { status: 'no-model', calibrationEnd: formatDay(b.calibrationEndDay) };
    case 'done':
      return {
        status: 'done',
        calibrationEnd: formatDay(b.calibrationEndDay),
        asOf: formatDay(b.asOfDay),
        horizonDays: b.horizonDays,
        customers: b.customers,
        model: b.model,
        seasonal: b.seasonal,
        predictedPurchases: b.total.predictedPurchases.value,
        predictedPurchasesInterval: interval(b.total.predictedPurchases),
        actualPurchases: b.total.actualPurchases,
        predictedRevenue: b.total.predictedRevenueCents
          ? cents(b.total.predictedRevenueCents.value)
          : null,
        actualRevenue: cents(b.total.actualRevenueCents),
        months: b.months.map((m) => ({
          from: formatDay(m.firstDay),
          to: formatDay(m.lastDay),
          predictedPurchases: m.predictedPurchases,
          actualPurchases: m.actualPurchases,
        })),
        deciles: b.deciles,
        gini: Number.isFinite(b.gini) ? b.gini : null,
      };
  }
}

export function seasonsJson(s: SeasonsReport): SeasonsJson {
  return {
    status: s.estimate?.status ?? 'off',
    monthly: s.estimate?.status === 'estimated' ? s.estimate.monthly : null,
    unseenShare: s.unseenShare,
  };
}
