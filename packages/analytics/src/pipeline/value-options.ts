import type { PurchaseCalendar } from '../seasons/purchase-calendar.ts';
import type { CustomerSummary } from '../summary/customer-summary.ts';

/**
 * Below these, four parameters fitted on a handful of customers mean nothing (and the
 * optimiser wanders for seconds before giving up): no fit, and the report says why.
 */
export const MIN_CUSTOMERS = 20;
export const MIN_REPEAT_CUSTOMERS = 5;

/** An average month, in days: CLV is discounted month by month. */
export const DAYS_PER_MONTH = 365.25 / 12;

/** Every interval the analytics give is an 80 % interval: 10 % below, 10 % above. */
export const INTERVAL_LEVEL = 0.8;
/** The standard normal quantile at 90 %, for the two-sided 80 % interval. */
export const Z_80 = 1.2815515655446004;

/** The purchase-count models the pipeline can fit. */
export const PURCHASE_MODEL_KEYS = ['bgNbd', 'paretoNbd', 'mbgNbd'] as const;
export type PurchaseModelKey = (typeof PURCHASE_MODEL_KEYS)[number];

/** What {@link analyzeCustomerValue} needs besides the summary. */
export interface ValueOptions {
  /** Horizon of expected purchases and CLV, in days. */
  horizonDays: number;
  /** Discount rate of future margin per month (0.01 = 1 %/month). */
  monthlyDiscountRate: number;
  /** Share of spend kept as margin, in [0, 1]; 1 gives a CLV in revenue. */
  margin: number;
  /** Purchase models to fit, in order of preference on a tie. Default BG/NBD and Pareto/NBD. */
  models?: readonly PurchaseModelKey[];
  /**
   * Fit on this summary instead (a calibration period with its holdout, from
   * `summarizeCustomers(…, { calibrationEndDay })`): the model is then chosen on the holdout.
   */
  calibration?: CustomerSummary | null;
  /**
   * The shop's repeat purchases by day (`purchaseCalendar(transactions, asOfDay)`): with a year of
   * history the seasons are estimated from it and the forecasts follow them; with less, the
   * forecast says which part of the year it has never seen. Absent: a stationary forecast.
   */
  calendar?: PurchaseCalendar | null;
  /**
   * False: predictions without their 80 % intervals (every low and high NaN), about five times
   * fewer model evaluations. Default true.
   */
  intervals?: boolean;
  /** False: no RFM scores (an empty list), for a caller that only wants the forecast. Default true. */
  rfm?: boolean;
  /** Pareto/NBD is skipped beyond this many distinct histories (its fit takes minutes). */
  maxParetoHistories?: number;
}
