import { evaluateHoldout, type HoldoutError, type HoldoutPurchases } from './holdout.ts';
import type { PurchaseCountModel } from './purchase-count-model.ts';
import type { FitFailureReason, RepeatPurchaseData } from './types.ts';

/** One model's line in a comparison. */
export type ModelComparison =
  | {
      model: string;
      ok: true;
      params: unknown;
      logLikelihood: number;
      /** 2k − 2 ln L: lower is better, penalising parameters. */
      aic: number;
      holdout?: HoldoutError;
    }
  | { model: string; ok: false; reason: FitFailureReason; message: string };

/**
 * Fits each model on the calibration data and reports its log-likelihood, AIC and, when holdout
 * purchases are given, its holdout error. A model that fails to fit is listed with its reason.
 *
 * @example
 * compareModels([bgNbd, mbgNbd, paretoNbd], calibration, { duration: 39, purchaseDays });
 * // [{ model: 'BG/NBD', ok: true, logLikelihood: -9582.4, aic: 19172.9, holdout: {…} }, …]
 */
export function compareModels(
  models: PurchaseCountModel<unknown>[],
  calibration: RepeatPurchaseData,
  holdout?: HoldoutPurchases,
): ModelComparison[] {
  return models.map((model) => {
    const fit = model.fit(calibration);
    if (!fit.ok) return { model: model.name, ok: false, reason: fit.reason, message: fit.message };
    const row: ModelComparison = {
      model: model.name,
      ok: true,
      params: fit.params,
      logLikelihood: fit.logLikelihood,
      aic: 2 * model.parameterCount - 2 * fit.logLikelihood,
    };
    if (holdout) row.holdout = evaluateHoldout(model, fit.params, calibration, holdout);
    return row;
  });
}
