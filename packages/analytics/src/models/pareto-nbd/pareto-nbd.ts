import { withCentralDifferences } from '../../math/finite-differences.ts';
import type { CompressedRepeatPurchases } from '../compress.ts';
import { fitLogParameters } from '../fit-log-parameters.ts';
import { prepareRepeatPurchaseFit, startingRateScale } from '../prepare-fit.ts';
import type { FitOptions } from '../purchase-count-model.ts';
import type { FitResult, RepeatPurchaseData } from '../types.ts';
import { type ParetoNbdParams, paretoNbdCustomerLogLikelihood } from './likelihood.ts';

const toParams = (theta: ArrayLike<number>): ParetoNbdParams => ({
  r: theta[0]!,
  alpha: theta[1]!,
  s: theta[2]!,
  beta: theta[3]!,
});

/** Σ w · ln L over compressed rows. */
export function paretoNbdTotalLogLikelihood(
  params: ParetoNbdParams,
  data: CompressedRepeatPurchases,
): number {
  let total = 0;
  for (let i = 0; i < data.weights.length; i++) {
    const customer = { frequency: data.frequency[i]!, recency: data.recency[i]!, T: data.T[i]! };
    total += data.weights[i]! * paretoNbdCustomerLogLikelihood(params, customer);
  }
  return total;
}

/**
 * Pareto/NBD maximum likelihood. The gradient is by central differences in log-parameters:
 * the derivatives of ₂F₁ with respect to its parameters have no practical closed form.
 */
export function fitParetoNbdModel(
  data: RepeatPurchaseData,
  options: FitOptions = {},
): FitResult<ParetoNbdParams> {
  const prepared = prepareRepeatPurchaseFit(data);
  if (!prepared.ok) return prepared;
  const negative = (u: Float64Array) =>
    -paretoNbdTotalLogLikelihood(toParams(u.map(Math.exp)), prepared.data);
  const scale = startingRateScale(prepared.data);
  return fitLogParameters({
    objective: withCentralDifferences(negative),
    start: [1, scale, 1, scale],
    toParams,
    // Finite differences carry about 1e-10 relative noise; ask for less than BFGS' default.
    gradientTolerance: options.gradientTolerance ?? 1e-8,
  });
}
