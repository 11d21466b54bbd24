import { computedOnce } from '../computed-once.ts';
import { minimizeBfgs } from '../math/bfgs.ts';
import { minimizeNelderMead } from '../math/nelder-mead.ts';
import type { MinimizeResult, Objective } from '../math/optimizer-types.ts';
import { hessianOf, inverseSpd } from '../uncertainty/hessian.ts';
import type { FitResult } from './types.ts';

// A positive parameter beyond e^±20 (≈ 5e8 or 2e-9) means the likelihood is maximised on the
// boundary of the parameter space: the model degenerates and its parameters mean nothing.
const LOG_PARAMETER_BOUND = 20;

/** How a model's negative log-likelihood in log-parameters should be minimised. */
export interface LogParameterProblem<P> {
  /** −log L and its gradient with respect to ln θ (positivity by construction). */
  objective: Objective;
  /** Starting values of the parameters themselves (not their logs). */
  start: number[];
  toParams: (theta: Float64Array) => P;
  gradientTolerance?: number;
  /** False: skip the Hessian at the optimum (no standard errors wanted). */
  covariance?: boolean;
  /**
   * `objective` for the Hessian at the optimum with a fresh work budget: the same function (the
   * Hessian starts from the gradient the optimiser last computed with `objective` there).
   */
  hessianObjective?: Objective;
  /**
   * The optimiser's result of a fit on nearly the same data (e.g. the previous round of the
   * seasons' estimate): BFGS starts at its point with its curvature, and from `start` as usual
   * if that does not converge.
   */
  warmStart?: MinimizeResult;
  /**
   * The objective on a thinned sample of the data with the same scale (`thinnedRows`), used
   * without a warm start: minimised first from `start`, its optimum then warm-starts the full fit
   * (on the 1M-row benchmark's Pareto/NBD: 22 cheap evaluations and 7 full ones instead of 21
   * full ones). The optimum is the full objective's either way, to the gradient tolerance.
   */
  coarse?: Objective;
}

function diverged(result: MinimizeResult): boolean {
  return !result.x.every((u) => Math.abs(u) <= LOG_PARAMETER_BOUND);
}

/**
 * Maximises a likelihood over positive parameters θ = e^u with BFGS. If BFGS stops without
 * meeting its gradient test, Nelder–Mead restarts from the best point found and BFGS polishes
 * its answer; a fit is only returned when that final BFGS run converged inside the bounds.
 * A warm start that does not converge is dropped for the usual start.
 */
export function fitLogParameters<P>(problem: LogParameterProblem<P>): FitResult<P> {
  const { objective, gradientTolerance } = problem;
  const options = { gradientTolerance, maxIterations: 500 };
  const coarse =
    !problem.warmStart && problem.coarse
      ? minimizeBfgs(problem.coarse, problem.start.map(Math.log), options)
      : null;
  const warmStart =
    problem.warmStart ?? (coarse?.converged && !diverged(coarse) ? coarse : undefined);
  const warm =
    warmStart?.inverseHessian && warmStart.x.every(Number.isFinite)
      ? minimizeBfgs(objective, warmStart.x, {
          ...options,
          inverseHessian: warmStart.inverseHessian,
        })
      : null;
  let result = warm?.converged
    ? warm
    : minimizeBfgs(objective, problem.start.map(Math.log), options);
  if (!result.converged && Number.isFinite(result.fx)) {
    const scratch = new Float64Array(result.x.length);
    const valueOnly = (u: Float64Array) => objective(u, scratch);
    const simplex = minimizeNelderMead(valueOnly, result.x, { maxIterations: 2000 });
    result = minimizeBfgs(objective, simplex.x, options);
  }
  if (diverged(result)) {
    return {
      ok: false,
      reason: 'parameters-diverged',
      message: `a parameter left [e^-${LOG_PARAMETER_BOUND}, e^${LOG_PARAMETER_BOUND}]: the likelihood has no interior maximum for these data`,
      optimizer: result,
    };
  }
  if (!result.converged) {
    return {
      ok: false,
      reason: 'not-converged',
      message: `optimiser stopped (${result.reason}) with gradient norm ${result.gradNorm} after ${result.iterations} iterations`,
      optimizer: result,
    };
  }
  const params = problem.toParams(result.x.map(Math.exp));
  const fit = { ok: true as const, params, logLikelihood: -result.fx, optimizer: result };
  if (problem.covariance === false) return { ...fit, logCovariance: null };
  // The Hessian costs n more evaluations of the objective (a fifth of a large Pareto/NBD fit):
  // it is computed when the covariance is first read, so that a fit nobody asks it of (a model
  // the backtest did not choose, the no-dropout limit the models were only compared with)
  // skips it.
  const covariance = computedOnce(() => {
    const hessian = hessianOf(problem.hessianObjective ?? objective, result.x, result.gradient);
    return hessian && inverseSpd(hessian);
  });
  return {
    ...fit,
    get logCovariance() {
      return covariance();
    },
  };
}
