import { forecastInputs } from '../pipeline/analyze-customer-value.ts';
import { analyzeCustomerValue } from '../pipeline/index.ts';
import { sameHistories } from '../pipeline/same-history.ts';
import { DAYS_PER_MONTH, type ValueOptions } from '../pipeline/value-options.ts';
import { purchaseCalendar } from '../seasons/purchase-calendar.ts';
import type { CustomerSummary } from '../summary/customer-summary.ts';
import { summarizeCustomers } from '../summary/summarize-customers.ts';
import { daysPerUnit, type TimeUnit, type Transactions } from '../summary/transactions.ts';
import type { Backtest, BacktestDecile, BacktestPeriod } from './backtest-types.ts';
import { descendingOrder } from './descending-order.ts';
import { heldOutPurchasesByPeriod } from './held-out-purchases.ts';
import { normalisedGini } from './normalised-gini.ts';

export interface BacktestOptions {
  asOfDay: number;
  unit: TimeUnit;
  /** The forecast's options; `horizonDays` is the period held out. */
  value: ValueOptions;
  /** Refit with seasons (when the calibration has a year of history), as the forecast does. */
  seasons: boolean;
}

/**
 * Holds out the last `horizonDays` of the history, refits the models on what came before (the
 * same pipeline, its model choice included) and compares their forecast with what happened:
 * in total, month by month, and by decile of predicted purchases, with the normalised Gini of
 * the ranking. Only when the history is at least twice the horizon.
 *
 * @example
 * const b = backtestForecast(tx, { asOfDay, unit: 'week', value: options, seasons: true });
 * b.status === 'done' && b.total; // { predictedPurchases: { value, low, high }, actualPurchases, … }
 */
export function backtestForecast(tx: Transactions, options: BacktestOptions): Backtest {
  const { asOfDay, unit } = options;
  const horizonDays = Math.round(options.value.horizonDays);
  let first = Number.POSITIVE_INFINITY;
  for (let k = 0; k < tx.day.length; k++) {
    if (tx.day[k]! < first && tx.day[k]! <= asOfDay) first = tx.day[k]!;
  }
  const historyDays = Number.isFinite(first) ? asOfDay - first + 1 : 0;
  if (historyDays < 2 * horizonDays) {
    return { status: 'too-short', historyDays, neededDays: 2 * horizonDays };
  }
  const calibrationEndDay = asOfDay - horizonDays;
  const split = summarizeCustomers(tx, { asOfDay, calibrationEndDay, unit });
  // The refit must not see the held-out period (no model choice on it either).
  const calibration: CustomerSummary = { ...split, asOfDay: calibrationEndDay, holdout: null };
  const analysis = analyzeCustomerValue(calibration, {
    ...options.value,
    horizonDays,
    margin: 1,
    monthlyDiscountRate: 0,
    calibration: null,
    calendar: options.seasons ? purchaseCalendar(tx, calibrationEndDay) : null,
    // The backtest compares purchases and revenue: no RFM of the calibration period.
    rfm: false,
  });
  const p = analysis.predictions;
  const chosen = analysis.fitted.report.chosen;
  if (!p || !chosen || !analysis.fitted.purchase) return { status: 'no-model', calibrationEndDay };
  const customers: number[] = [];
  for (let c = 0; c < calibration.customerCount; c++) {
    if (calibration.purchaseDays[c]! > 0) customers.push(c);
  }
  const predicted = Float64Array.from(customers, (c) => p.expectedPurchases[c]!);
  const actual = Float64Array.from(customers, (c) => split.holdout!.purchaseDays[c]!);
  let actualRevenueCents = 0;
  for (const c of customers) actualRevenueCents += split.holdout!.revenueCents[c]!;
  return {
    status: 'done',
    calibrationEndDay,
    asOfDay,
    horizonDays,
    customers: customers.length,
    model: chosen.model,
    seasonal: analysis.seasons.estimate?.status === 'estimated',
    total: {
      predictedPurchases: p.totals.expectedPurchases,
      actualPurchases: actual.reduce((s, n) => s + n, 0),
      predictedRevenueCents: p.totals.clvCents,
      actualRevenueCents,
    },
    months: monthlyComparison(tx, calibration, analysis, customers, horizonDays),
    deciles: deciles(predicted, actual),
    gini: normalisedGini(actual, predicted),
  };
}

/** The held-out period cut into stretches of about a month, forecast against actual. */
function monthlyComparison(
  tx: Transactions,
  calibration: CustomerSummary,
  analysis: ReturnType<typeof analyzeCustomerValue>,
  customers: number[],
  horizonDays: number,
): BacktestPeriod[] {
  const stretches = Math.max(1, Math.round(horizonDays / DAYS_PER_MONTH));
  const end = calibration.windowEndDay;
  const bounds = Array.from({ length: stretches + 1 }, (_, i) =>
    Math.round((i * horizonDays) / stretches),
  );
  const { scaled, forecast } = forecastInputs(calibration, analysis.fitted.seasons);
  const summary = scaled(calibration);
  const { model, params } = forecast(analysis.fitted.purchase!);
  const perUnit = daysPerUnit(calibration.unit);
  const pAlive = analysis.predictions!.pAlive;
  const cumulative = new Float64Array(stretches + 1);
  // E[Y(t) | x, t_x, T] = P(alive | x, t_x, T) · E[Y(t) | alive, x, T], as in predictValue: the
  // second factor at each bound is computed once per (x, T) pair (far fewer than histories), and
  // P(alive) comes from the predictions. A vanishing P(alive) is not divided by: then the
  // history's own expectation is kept in an entry of its own.
  const same = sameHistories(summary);
  const byPair: (Float64Array | undefined)[] = new Array(summary.customerCount);
  const byHistory: (Float64Array | undefined)[] = new Array(summary.customerCount);
  for (const c of customers) {
    const history = {
      frequency: summary.frequency[c]!,
      recency: summary.recency[c]!,
      T: summary.T[c]!,
    };
    const alive = pAlive[c]!;
    const shared = alive > 1e-200;
    const memo = shared ? byPair : byHistory;
    const slot = shared ? same.pair[c]! : same.history[c]!;
    let steps = memo[slot];
    if (!steps) {
      const scale = shared ? model.probabilityAlive(params, history) : 1;
      steps = Float64Array.from(bounds, (b) =>
        b === 0 ? 0 : model.conditionalExpectedPurchases(params, history, b / perUnit) / scale,
      );
      memo[slot] = steps;
    }
    const factor = shared ? alive : 1;
    for (let i = 0; i <= stretches; i++) cumulative[i]! += steps[i]! * factor;
  }
  const actual = heldOutPurchasesByPeriod(
    tx,
    calibration,
    bounds.map((b) => end + b),
  );
  return Array.from({ length: stretches }, (_, i) => ({
    firstDay: end + bounds[i]! + 1,
    lastDay: end + bounds[i + 1]!,
    predictedPurchases: cumulative[i + 1]! - cumulative[i]!,
    actualPurchases: actual[i]!,
  }));
}

/** Customers in ten groups by predicted purchases, highest first; mean forecast and actual. */
function deciles(predicted: Float64Array, actual: Float64Array): BacktestDecile[] {
  const n = predicted.length;
  const order = descendingOrder(predicted);
  return Array.from({ length: 10 }, (_, d) => {
    const from = Math.floor((d * n) / 10);
    const to = Math.floor(((d + 1) * n) / 10);
    let p = 0;
    let a = 0;
    for (let k = from; k < to; k++) {
      p += predicted[order[k]!]!;
      a += actual[order[k]!]!;
    }
    const count = to - from;
    return {
      decile: d + 1,
      customers: count,
      predictedPurchases: count > 0 ? p / count : 0,
      actualPurchases: count > 0 ? a / count : 0,
    };
  });
}
