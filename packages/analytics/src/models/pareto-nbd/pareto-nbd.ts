import { type CompressedRepeatPurchases, thinnedRepeatPurchases } from '../compress.ts';
import { fitLogParameters } from '../fit-log-parameters.ts';
import { prepareRepeatPurchaseFit, startingRateScale } from '../prepare-fit.ts';
import type { FitOptions } from '../purchase-count-model.ts';
import type { FitResult, RepeatPurchaseData } from '../types.ts';
import { type ParetoNbdParams, paretoNbdCustomerLogLikelihood } from './likelihood.ts';
import { paretoNbdObjective, type WorkBudget } from './objective.ts';

/**
 * Series terms plus rows one fit may spend over all its likelihood evaluations: 1,000
 * evaluations at ~60 terms per tail, at least 1e7 (~50 ms) and at most 4e8 (~2 s of CPU). A
 * typical fit needs 30–60 evaluations; one that needs more than the budget (degenerate, very
 * regular data drive the parameters to extremes where the series converge slowly) is reported
 * as `not-converged` instead of running for minutes.
 */
function workBudgetFor(size: number): number {
  return Math.min(4e8, Math.max(1e7, 1_000 * 60 * size));
}

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

/** The work budget of a fit on a thinned sample, spent apart from the full fit's. */
function coarseBudget(data: CompressedRepeatPurchases): WorkBudget {
  const rows = data.weights.length;
  return { remaining: workBudgetFor(rows), exhausted: false, evaluations: 0 };
}

/**
 * Pareto/NBD maximum likelihood with the analytic gradient of {@link paretoNbdObjective}, under
 * a work budget (see workBudgetFor): running out of it is a `not-converged` failure.
 */
export function fitParetoNbdModel(
  data: RepeatPurchaseData,
  options: FitOptions = {},
): FitResult<ParetoNbdParams> {
  const prepared = prepareRepeatPurchaseFit(data);
  if (!prepared.ok) return prepared;
  const budget: WorkBudget = { remaining: 0, exhausted: false, evaluations: 0 };
  const { objective, size } = paretoNbdObjective(prepared.data, budget);
  const workBudget = workBudgetFor(size);
  budget.remaining = workBudget;
  const scale = startingRateScale(prepared.data);
  const thinned = thinnedRepeatPurchases(prepared.data);
  const coarse = thinned && paretoNbdObjective(thinned, coarseBudget(thinned)).objective;
  const fit = fitLogParameters({
    objective,
    coarse: coarse ?? undefined,
    start: [1, scale, 1, scale],
    toParams,
    gradientTolerance: options.gradientTolerance,
    // The Hessian's 4 evaluations come after the fit (when its covariance is read): they get a
    // budget of their own.
    hessianObjective: (u, gradient) => {
      budget.remaining = Math.max(budget.remaining, workBudget / 10);
      budget.exhausted = false;
      return objective(u, gradient);
    },
  });
  if (fit.ok || !budget.exhausted) return fit;
  return {
    ...fit,
    reason: 'not-converged',
    message: `gave up after ${budget.evaluations} likelihood evaluations: the work budget of ${workBudget} series terms ran out before the optimiser converged`,
  };
}
