import type { Estimate } from '../pipeline/predict-value.ts';
import type { PurchaseModelKey } from '../pipeline/value-options.ts';

/** One stretch of the held-out period: what the forecast said and what happened. */
export interface BacktestPeriod {
  /** First and last day of the stretch (epoch days, inclusive). */
  firstDay: number;
  lastDay: number;
  predictedPurchases: number;
  actualPurchases: number;
}

/** One tenth of the customers, by predicted purchases (decile 1: the highest forecasts). */
export interface BacktestDecile {
  decile: number;
  customers: number;
  /** Mean per customer. */
  predictedPurchases: number;
  actualPurchases: number;
}

/**
 * The forecast of the last period made as if it had not happened yet (docs/analytics/backtest.md).
 * `too-short`: the history is shorter than twice the horizon, so no period can be held out and
 * still leave as much to fit on.
 */
export type Backtest =
  | { status: 'too-short'; historyDays: number; neededDays: number }
  | { status: 'no-model'; calibrationEndDay: number }
  | {
      status: 'done';
      /** Last day the refit saw; the held-out period runs from the next day to the analysis day. */
      calibrationEndDay: number;
      asOfDay: number;
      horizonDays: number;
      /** Customers with a purchase by the calibration end: the ones forecast. */
      customers: number;
      model: PurchaseModelKey;
      /** Whether the refit used seasons (a year of history before the calibration end). */
      seasonal: boolean;
      total: {
        predictedPurchases: Estimate;
        actualPurchases: number;
        /** Expected revenue (purchases × expected spend, undiscounted); null without a spend model. */
        predictedRevenueCents: Estimate | null;
        actualRevenueCents: number;
      };
      months: BacktestPeriod[];
      deciles: BacktestDecile[];
      /** Normalised Gini of actual purchases ranked by the forecast (1 = perfect order). */
      gini: number;
    };
