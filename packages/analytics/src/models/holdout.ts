import type { PurchaseCountModel } from './purchase-count-model.ts';
import type { Numbers, RepeatPurchaseData } from './types.ts';

/** Purchases each customer made in a holdout period right after calibration. */
export interface HoldoutPurchases {
  /** Holdout length, in the calibration data's time unit. */
  duration: number;
  /** Purchases (distinct purchase days) per customer, same order as the calibration data. */
  purchaseDays: Numbers;
}

/** How far per-customer predictions of holdout purchases were from what happened. */
export interface HoldoutError {
  customers: number;
  meanAbsoluteError: number;
  rootMeanSquaredError: number;
  totalPredicted: number;
  totalActual: number;
}

/**
 * Predicts each customer's holdout purchases with E[Y(duration) | x, t_x, T] and compares them
 * with what happened. Customers with T = 0 and no repeat purchase are skipped, as in the fit.
 *
 * @example
 * const fit = bgNbd.fit(calibration);
 * if (fit.ok) evaluateHoldout(bgNbd, fit.params, calibration, { duration: 39, purchaseDays });
 * // { meanAbsoluteError, rootMeanSquaredError, totalPredicted, totalActual, customers }
 */
export function evaluateHoldout<P>(
  model: PurchaseCountModel<P>,
  params: P,
  calibration: RepeatPurchaseData,
  holdout: HoldoutPurchases,
): HoldoutError {
  const { frequency, recency, T } = calibration;
  let [customers, absolute, squared, predictedTotal, actualTotal] = [0, 0, 0, 0, 0];
  for (let i = 0; i < T.length; i++) {
    if (T[i] === 0 && frequency[i] === 0) continue;
    const customer = { frequency: frequency[i]!, recency: recency[i]!, T: T[i]! };
    const predicted = model.conditionalExpectedPurchases(params, customer, holdout.duration);
    const actual = holdout.purchaseDays[i]!;
    customers++;
    absolute += Math.abs(predicted - actual);
    squared += (predicted - actual) ** 2;
    predictedTotal += predicted;
    actualTotal += actual;
  }
  return {
    customers,
    meanAbsoluteError: absolute / customers,
    rootMeanSquaredError: Math.sqrt(squared / customers),
    totalPredicted: predictedTotal,
    totalActual: actualTotal,
  };
}
