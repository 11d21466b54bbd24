import type { TimeUnit } from './transactions.ts';

/**
 * Per-customer sufficient statistics, one typed array per figure (index = customer index).
 * Customers without any purchase day in the window have `purchaseDays = 0`,
 * `firstPurchaseDay = lastPurchaseDay = NO_PURCHASE_DAY` and zeros elsewhere: the models must
 * leave them out.
 */
export interface CustomerSummary {
  unit: TimeUnit;
  /** Last day of the window the statistics describe (the calibration end when there is one). */
  windowEndDay: number;
  /** Last day of the data used at all (holdout included). */
  asOfDay: number;
  customerCount: number;
  /** Distinct days with at least one purchase (several purchases on one day count once). */
  purchaseDays: Int32Array;
  /** Repeat purchase days: `purchaseDays - 1` (0 when none). The models' `x`. */
  frequency: Int32Array;
  /** Time from the first to the last purchase day, in `unit` (the models' `t_x`). */
  recency: Float64Array;
  /** Time from the first purchase day to `windowEndDay`, in `unit` (the models' `T`). */
  T: Float64Array;
  /** Mean spend of the repeat purchase days (lifetimes' `monetary_value`; 0 when none). */
  monetaryRepeatCents: Float64Array;
  /** Mean spend over all purchase days, the first one included. */
  monetaryAllCents: Float64Array;
  firstPurchaseDay: Int32Array;
  lastPurchaseDay: Int32Array;
  /** Net revenue in the window: purchases minus refunds. */
  revenueCents: Float64Array;
  /** Refunds in the window, as a positive amount. */
  refundCents: Float64Array;
  /** Activity after the calibration end, up to `asOfDay`; null without a calibration end. */
  holdout: HoldoutCounts | null;
}

/** What each customer did in the holdout period `(windowEndDay, asOfDay]`. */
export interface HoldoutCounts {
  /** Holdout length in `unit`. */
  duration: number;
  purchaseDays: Int32Array;
  revenueCents: Float64Array;
}
