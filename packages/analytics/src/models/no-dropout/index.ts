import { digamma } from '../../math/digamma.ts';
import { logGamma } from '../../math/log-gamma.ts';
import type { Objective } from '../../math/optimizer-types.ts';
import { type CompressedRepeatPurchases, thinnedRepeatPurchases } from '../compress.ts';
import { distinctValues } from '../distinct-values.ts';
import { fitLogParameters } from '../fit-log-parameters.ts';
import {
  prepareLikelihoodData,
  prepareRepeatPurchaseFit,
  startingRateScale,
} from '../prepare-fit.ts';
import type { FitOptions, PurchaseCountModel } from '../purchase-count-model.ts';
import type { CustomerHistory, FitResult, RepeatPurchaseData } from '../types.ts';

/** Purchase rates λ ~ Gamma(r, α) and nobody leaves: the NBD model (Ehrenberg 1959). */
export interface NoDropoutParams {
  r: number;
  alpha: number;
}

/**
 * −ln L of the NBD with exact purchase times, in u = ln(r, α): per customer
 * ln Γ(r+x) − ln Γ(r) + r ln α − (r+x) ln(α+T). It is the limit of the BG/NBD and MBG/NBD
 * likelihoods as a → 0 and of the Pareto/NBD's as s → 0, so the three can be compared with it.
 */
function noDropoutObjective(data: CompressedRepeatPurchases): Objective {
  // ln Γ(r + x), ψ(r + x) and ln(α + T) computed once per distinct x and T, not once per row;
  // the sums still run row by row, in the same order.
  const byX = distinctValues(data.frequency, data.weights);
  const byT = distinctValues(data.T, data.weights);
  const logGammaRX = new Float64Array(byX.values.length);
  const digammaRX = new Float64Array(byX.values.length);
  const logAlphaT = new Float64Array(byT.values.length);
  return (u, gradient) => {
    const r = Math.exp(u[0]!);
    const alpha = Math.exp(u[1]!);
    let [ll, dr, dAlpha] = [0, 0, 0];
    const [lgR, psiR, logAlpha] = [logGamma(r), digamma(r), Math.log(alpha)];
    for (let j = 0; j < byX.values.length; j++) {
      logGammaRX[j] = logGamma(r + byX.values[j]!);
      digammaRX[j] = digamma(r + byX.values[j]!);
    }
    for (let j = 0; j < byT.values.length; j++) logAlphaT[j] = Math.log(alpha + byT.values[j]!);
    for (let i = 0; i < data.weights.length; i++) {
      const w = data.weights[i]!;
      const x = data.frequency[i]!;
      const iX = byX.index[i]!;
      const logAlphaTi = logAlphaT[byT.index[i]!]!;
      ll += w * (logGammaRX[iX]! - lgR + r * logAlpha - (r + x) * logAlphaTi);
      dr += w * (digammaRX[iX]! - psiR + logAlpha - logAlphaTi);
      dAlpha += w * (r / alpha - (r + x) / (alpha + data.T[i]!));
    }
    gradient[0] = -dr * r;
    gradient[1] = -dAlpha * alpha;
    return -ll;
  };
}

/**
 * Fits the no-dropout limit by maximum likelihood.
 *
 * @example
 * const fit = fitNoDropout({ frequency: [2, 1, 0], recency: [30.43, 1.71, 0], T: [38.86, 38.86, 38.86] });
 * if (fit.ok) console.log(fit.params); // { r, alpha }
 */
export function fitNoDropout(
  data: RepeatPurchaseData,
  options: FitOptions = {},
): FitResult<NoDropoutParams> {
  const prepared = prepareRepeatPurchaseFit(data);
  if (!prepared.ok) return prepared;
  const thinned = thinnedRepeatPurchases(prepared.data);
  return fitLogParameters({
    objective: noDropoutObjective(prepared.data),
    coarse: thinned ? noDropoutObjective(thinned) : undefined,
    start: [1, startingRateScale(prepared.data)],
    toParams: ([r, alpha]) => ({ r: r!, alpha: alpha! }),
    gradientTolerance: options.gradientTolerance,
  });
}

/**
 * The no-dropout limit as a {@link PurchaseCountModel}: every customer is alive, and expects
 * (r + x) / (α + T) purchases per time unit (the Gamma posterior mean of their rate).
 *
 * @example
 * noDropout.conditionalExpectedPurchases({ r: 0.3, alpha: 6 }, { frequency: 2, recency: 20, T: 30 }, 10); // ≈ 0.639
 */
export const noDropout: PurchaseCountModel<NoDropoutParams> = {
  name: 'NBD',
  parameterCount: 2,
  fit: fitNoDropout,
  logLikelihood(params: NoDropoutParams, data: RepeatPurchaseData): number {
    const prepared = prepareLikelihoodData(data);
    if (!prepared) return Number.NaN;
    const u = Float64Array.of(Math.log(params.r), Math.log(params.alpha));
    return -noDropoutObjective(prepared)(u, new Float64Array(2));
  },
  probabilityAlive: () => 1,
  expectedPurchases: ({ r, alpha }: NoDropoutParams, t: number) => (r * t) / alpha,
  conditionalExpectedPurchases: ({ r, alpha }: NoDropoutParams, c: CustomerHistory, t: number) =>
    ((r + c.frequency) * t) / (alpha + c.T),
};
