import { betaGeometricModel } from '../bg-nbd/bg-nbd.ts';
import type { BetaGeometricParams } from '../bg-nbd/predict.ts';
import type { FitOptions, PurchaseCountModel } from '../purchase-count-model.ts';
import type { FitResult, RepeatPurchaseData } from '../types.ts';

/** MBG/NBD parameters (Batislam, Denizel & Filiztekin 2007): as BG/NBD. */
export type MbgNbdParams = BetaGeometricParams;

/**
 * The MBG/NBD model: BG/NBD where a customer may also drop out right after the first
 * purchase, so zero-repeat customers are not assumed alive. Same methods as {@link bgNbd}.
 *
 * @example
 * const fit = mbgNbd.fit(calibration);
 * if (fit.ok) mbgNbd.probabilityAlive(fit.params, { frequency: 0, recency: 0, T: 38.86 }); // < 1
 */
export const mbgNbd: PurchaseCountModel<MbgNbdParams> = betaGeometricModel('MBG/NBD', {
  dropoutAtFirstPurchase: true,
});

/**
 * Fits MBG/NBD by maximum likelihood; see {@link fitBgNbd} for the method.
 *
 * @example
 * const fit = fitMbgNbd({ frequency: [2, 1, 0], recency: [30.43, 1.71, 0], T: [38.86, 38.86, 38.86] });
 */
export function fitMbgNbd(data: RepeatPurchaseData, options?: FitOptions): FitResult<MbgNbdParams> {
  return mbgNbd.fit(data, options);
}
