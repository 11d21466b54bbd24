import type { FitOptions, PurchaseCountModel } from '../purchase-count-model.ts';
import type { CustomerHistory, FitResult, RepeatPurchaseData } from '../types.ts';
import { betaGeometricLogLikelihood, betaGeometricModel, fitBetaGeometric } from './bg-nbd.ts';
import {
  type BetaGeometricParams,
  betaGeometricConditionalExpectedPurchases,
  betaGeometricExpectedPurchases,
  betaGeometricProbabilityAlive,
} from './predict.ts';

/** BG/NBD parameters (Fader, Hardie & Lee 2005): λ ~ Gamma(r, α), dropout p ~ Beta(a, b). */
export type BgNbdParams = BetaGeometricParams;

const BG = { dropoutAtFirstPurchase: false };

/**
 * Fits the BG/NBD model by maximum likelihood (BFGS on log-parameters, analytic gradient).
 * Identical customers are merged first; failure comes back as `{ ok: false, reason }`.
 *
 * @example
 * const fit = fitBgNbd({ frequency: [2, 1, 0], recency: [30.43, 1.71, 0], T: [38.86, 38.86, 38.86] });
 * if (fit.ok) console.log(fit.params.r, fit.logLikelihood);
 * else console.log(fit.reason, fit.message);
 */
export function fitBgNbd(data: RepeatPurchaseData, options?: FitOptions): FitResult<BgNbdParams> {
  return fitBetaGeometric(data, BG, options);
}

/**
 * BG/NBD log-likelihood summed over customers (weighted).
 *
 * @example
 * bgNbdLogLikelihood({ r: 0.2426, alpha: 4.4135, a: 0.7929, b: 2.4258 }, cdnowSummary); // ≈ −9582.43
 */
export function bgNbdLogLikelihood(params: BgNbdParams, data: RepeatPurchaseData): number {
  return betaGeometricLogLikelihood(params, data, BG);
}

/**
 * Probability that a customer with this history is still active at T (1 if x = 0).
 *
 * @example
 * bgNbdProbabilityAlive(cdnowParams, { frequency: 2, recency: 30.43, T: 38.86 }); // ≈ 0.7266
 */
export function bgNbdProbabilityAlive(params: BgNbdParams, customer: CustomerHistory): number {
  return betaGeometricProbabilityAlive(params, customer, BG);
}

/**
 * E[X(t)]: expected repeat purchases of a new customer in (0, t] (FHL 2005, eq. 7).
 *
 * @example
 * bgNbdExpectedPurchases(cdnowParams, 39); // repeat purchases per customer in 39 weeks
 */
export function bgNbdExpectedPurchases(params: BgNbdParams, t: number): number {
  return betaGeometricExpectedPurchases(params, t, BG);
}

/**
 * E[Y(t) | x, t_x, T]: expected purchases in the next t time units (FHL 2005, eq. 10).
 *
 * @example
 * bgNbdConditionalExpectedPurchases(cdnowParams, { frequency: 2, recency: 30.43, T: 38.86 }, 39); // ≈ 1.226
 */
export function bgNbdConditionalExpectedPurchases(
  params: BgNbdParams,
  customer: CustomerHistory,
  t: number,
): number {
  return betaGeometricConditionalExpectedPurchases(params, customer, t, BG);
}

/**
 * The BG/NBD model as a {@link PurchaseCountModel}, for comparisons, holdout checks and CLV.
 *
 * @example
 * compareModels([bgNbd, paretoNbd], calibration, holdout);
 */
export const bgNbd: PurchaseCountModel<BgNbdParams> = betaGeometricModel('BG/NBD', BG);
