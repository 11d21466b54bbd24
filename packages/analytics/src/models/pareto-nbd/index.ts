import { prepareLikelihoodData } from '../prepare-fit.ts';
import type { FitOptions, PurchaseCountModel } from '../purchase-count-model.ts';
import type { CustomerHistory, FitResult, RepeatPurchaseData } from '../types.ts';
import type { ParetoNbdParams } from './likelihood.ts';
import { fitParetoNbdModel, paretoNbdTotalLogLikelihood } from './pareto-nbd.ts';
import {
  paretoNbdConditionalExpectedPurchasesOf,
  paretoNbdExpectedPurchasesOf,
  paretoNbdProbabilityAliveOf,
} from './predict.ts';

export type { ParetoNbdParams } from './likelihood.ts';

/**
 * Fits the Pareto/NBD model (Schmittlein, Morrison & Colombo 1987) by maximum likelihood, with
 * the likelihood of Fader, Hardie & Lee (2005, "A note on deriving the Pareto/NBD model").
 *
 * @example
 * const fit = fitParetoNbd({ frequency: [2, 1, 0], recency: [30.43, 1.71, 0], T: [38.86, 38.86, 38.86] });
 * if (fit.ok) console.log(fit.params.s, fit.params.beta);
 */
export function fitParetoNbd(
  data: RepeatPurchaseData,
  options?: FitOptions,
): FitResult<ParetoNbdParams> {
  return fitParetoNbdModel(data, options);
}

/**
 * Pareto/NBD log-likelihood summed over customers (weighted).
 *
 * @example
 * paretoNbdLogLikelihood({ r: 0.5533, alpha: 10.578, s: 0.6062, beta: 11.667 }, cdnowSummary); // ≈ −9594.98
 */
export function paretoNbdLogLikelihood(params: ParetoNbdParams, data: RepeatPurchaseData): number {
  const prepared = prepareLikelihoodData(data);
  return prepared ? paretoNbdTotalLogLikelihood(params, prepared) : Number.NaN;
}

/**
 * P(alive at T | x, t_x, T) under Pareto/NBD.
 *
 * @example
 * paretoNbdProbabilityAlive(params, { frequency: 0, recency: 0, T: 38.86 }); // < 1, unlike BG/NBD
 */
export function paretoNbdProbabilityAlive(
  params: ParetoNbdParams,
  customer: CustomerHistory,
): number {
  return paretoNbdProbabilityAliveOf(params, customer);
}

/**
 * E[X(t)]: expected repeat purchases of a new customer in (0, t].
 *
 * @example
 * paretoNbdExpectedPurchases(params, 52);
 */
export function paretoNbdExpectedPurchases(params: ParetoNbdParams, t: number): number {
  return paretoNbdExpectedPurchasesOf(params, t);
}

/**
 * E[Y(t) | x, t_x, T]: expected purchases in the next t time units.
 *
 * @example
 * paretoNbdConditionalExpectedPurchases(params, { frequency: 2, recency: 30.43, T: 38.86 }, 39);
 */
export function paretoNbdConditionalExpectedPurchases(
  params: ParetoNbdParams,
  customer: CustomerHistory,
  t: number,
): number {
  return paretoNbdConditionalExpectedPurchasesOf(params, customer, t);
}

/**
 * The Pareto/NBD model as a {@link PurchaseCountModel}.
 *
 * @example
 * compareModels([bgNbd, paretoNbd], calibration, holdout);
 */
export const paretoNbd: PurchaseCountModel<ParetoNbdParams> = {
  name: 'Pareto/NBD',
  parameterCount: 4,
  fit: fitParetoNbd,
  logLikelihood: paretoNbdLogLikelihood,
  probabilityAlive: paretoNbdProbabilityAlive,
  expectedPurchases: paretoNbdExpectedPurchases,
  conditionalExpectedPurchases: paretoNbdConditionalExpectedPurchases,
};
