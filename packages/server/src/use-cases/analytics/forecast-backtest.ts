import { type Backtest, backtestForecast, type Transactions } from '@habitue/analytics';
import type { AnalyticsSettings } from './analytics-settings.ts';
import { valueOptions } from './fit-value-models.ts';
import { dayToIso } from './local-day.ts';

/** The last backtest and what it was computed from, reusable while those have not changed. */
export interface DashboardBacktest {
  backtest: Backtest;
  asOfDay: number;
  settings: AnalyticsSettings;
  /** Purchase rows up to the held-out period's start: a late import changes them. */
  calibrationRows: number;
  /** Purchase rows up to the analysis day: the held-out actuals (and the history's length). */
  rows: number;
}

/**
 * The dashboard's forecast checked against the last horizon of the history (the pipeline's
 * backtest, with seasons as the forecast uses them). The previous backtest stands while the
 * analysis day, the settings and the purchases are the same: a purchase in the held-out period
 * changes the actuals it is compared with, one before it the refit.
 */
export function dashboardBacktest(
  transactions: Transactions,
  asOfDay: number,
  settings: AnalyticsSettings,
  previous: DashboardBacktest | undefined,
): DashboardBacktest {
  const options = valueOptions(settings);
  const calibrationEnd = asOfDay - Math.round(options.horizonDays);
  let calibrationRows = 0;
  let rows = 0;
  for (const day of transactions.day) {
    if (day <= calibrationEnd) calibrationRows++;
    if (day <= asOfDay) rows++;
  }
  if (
    previous &&
    previous.asOfDay === asOfDay &&
    previous.calibrationRows === calibrationRows &&
    previous.rows === rows &&
    (Object.keys(settings) as (keyof AnalyticsSettings)[]).every(
      (key) => settings[key] === previous.settings[key],
    )
  ) {
    return previous;
  }
  const backtest = backtestForecast(transactions, {
    asOfDay,
    unit: 'week',
    value: options,
    seasons: true,
  });
  return { backtest, asOfDay, settings, calibrationRows, rows };
}

/** The backtest as the overview presents it: days as dates, money in cents. */
export function presentBacktest(b: Backtest) {
  const base = {
    explanationKey: 'backtest',
    historyDays: null as number | null,
    neededDays: null as number | null,
  };
  switch (b.status) {
    case 'too-short':
      return {
        ...base,
        status: b.status,
        historyDays: b.historyDays,
        neededDays: b.neededDays,
        result: null,
      };
    case 'no-model':
      return { ...base, status: b.status, result: null };
    case 'done':
      return {
        ...base,
        status: b.status,
        result: {
          heldOutFrom: dayToIso(b.calibrationEndDay + 1),
          heldOutTo: dayToIso(b.asOfDay),
          horizonDays: b.horizonDays,
          customers: b.customers,
          model: b.model,
          seasonal: b.seasonal,
          predictedPurchases: b.total.predictedPurchases.value,
          predictedPurchasesInterval: finite(b.total.predictedPurchases),
          actualPurchases: b.total.actualPurchases,
          predictedRevenueCents: b.total.predictedRevenueCents?.value ?? null,
          predictedRevenueIntervalCents: b.total.predictedRevenueCents
            ? finite(b.total.predictedRevenueCents)
            : null,
          actualRevenueCents: b.total.actualRevenueCents,
          months: b.months.map((m) => ({
            from: dayToIso(m.firstDay),
            to: dayToIso(m.lastDay),
            predictedPurchases: m.predictedPurchases,
            actualPurchases: m.actualPurchases,
          })),
          deciles: b.deciles,
          gini: Number.isFinite(b.gini) ? b.gini : null,
        },
      };
  }
}

function finite(e: { low: number; high: number }): [number, number] | null {
  return Number.isFinite(e.low) && Number.isFinite(e.high) ? [e.low, e.high] : null;
}
