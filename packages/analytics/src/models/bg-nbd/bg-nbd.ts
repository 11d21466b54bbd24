import { thinnedRepeatPurchases } from '../compress.ts';
import { fitLogParameters } from '../fit-log-parameters.ts';
import {
  prepareLikelihoodData,
  prepareRepeatPurchaseFit,
  startingRateScale,
} from '../prepare-fit.ts';
import type { FitOptions, PurchaseCountModel } from '../purchase-count-model.ts';
import type { CustomerHistory, FitResult, RepeatPurchaseData } from '../types.ts';
import { type BetaGeometricVariant, betaGeometricObjective } from './likelihood.ts';
import {
  type BetaGeometricParams,
  betaGeometricConditionalExpectedPurchases,
  betaGeometricConditionalExpectedPurchasesWithLogGradient,
  betaGeometricExpectedPurchases,
  betaGeometricProbabilityAlive,
  betaGeometricProbabilityAliveWithLogGradient,
} from './predict.ts';

/** The shared fit of BG/NBD and MBG/NBD. */
export function fitBetaGeometric(
  data: RepeatPurchaseData,
  variant: BetaGeometricVariant,
  options: FitOptions = {},
): FitResult<BetaGeometricParams> {
  const prepared = prepareRepeatPurchaseFit(data);
  if (!prepared.ok) return prepared;
  const thinned = thinnedRepeatPurchases(prepared.data);
  return fitLogParameters({
    objective: betaGeometricObjective(prepared.data, variant),
    coarse: thinned ? betaGeometricObjective(thinned, variant) : undefined,
    start: [1, startingRateScale(prepared.data), 1, 1],
    toParams: ([r, alpha, a, b]) => ({ r: r!, alpha: alpha!, a: a!, b: b! }),
    gradientTolerance: options.gradientTolerance,
    covariance: options.covariance,
    warmStart: options.warmStart,
  });
}

/** ln L of the parameters on (uncompressed or weighted) data. */
export function betaGeometricLogLikelihood(
  { r, alpha, a, b }: BetaGeometricParams,
  data: RepeatPurchaseData,
  variant: BetaGeometricVariant,
): number {
  const prepared = prepareLikelihoodData(data);
  if (!prepared) return Number.NaN;
  const u = Float64Array.of(Math.log(r), Math.log(alpha), Math.log(a), Math.log(b));
  return -betaGeometricObjective(prepared, variant)(u, new Float64Array(4));
}

/** Builds the {@link PurchaseCountModel} of one variant. */
export function betaGeometricModel(
  name: string,
  variant: BetaGeometricVariant,
): PurchaseCountModel<BetaGeometricParams> {
  return {
    name,
    parameterCount: 4,
    fit: (data: RepeatPurchaseData, options?: FitOptions) =>
      fitBetaGeometric(data, variant, options),
    logLikelihood: (params: BetaGeometricParams, data: RepeatPurchaseData) =>
      betaGeometricLogLikelihood(params, data, variant),
    probabilityAlive: (params: BetaGeometricParams, customer: CustomerHistory) =>
      betaGeometricProbabilityAlive(params, customer, variant),
    expectedPurchases: (params: BetaGeometricParams, t: number) =>
      betaGeometricExpectedPurchases(params, t, variant),
    conditionalExpectedPurchases: (
      params: BetaGeometricParams,
      customer: CustomerHistory,
      t: number,
    ) => betaGeometricConditionalExpectedPurchases(params, customer, t, variant),
    probabilityAliveWithLogGradient: (params, customer, logGradient) => {
      const value = betaGeometricProbabilityAliveWithLogGradient(
        params,
        customer,
        variant,
        namedGradient,
      );
      inKeyOrder(params, namedGradient, logGradient);
      return value;
    },
    conditionalExpectedPurchasesWithLogGradient: (params, customer, t, logGradient) => {
      const value = betaGeometricConditionalExpectedPurchasesWithLogGradient(
        params,
        customer,
        t,
        variant,
        namedGradient,
      );
      inKeyOrder(params, namedGradient, logGradient);
      return value;
    },
  };
}

// The gradient in the order r, α, a, b, before it is put in the order of the parameters' keys.
const namedGradient = new Float64Array(4);
const NAMED_ORDER: readonly string[] = ['r', 'alpha', 'a', 'b'];

/** Copies a gradient in the order r, α, a, b into the order of `Object.keys(params)`. */
function inKeyOrder(params: BetaGeometricParams, named: Float64Array, into: Float64Array): void {
  let i = 0;
  for (const key in params) into[i++] = named[NAMED_ORDER.indexOf(key)]!;
}
