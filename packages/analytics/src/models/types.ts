import type { MinimizeResult } from '../math/optimizer-types.ts';

/** Plain numeric columns: `number[]`, `Float64Array`, `Int32Array`… anything indexable. */
export type Numbers = ArrayLike<number>;

/**
 * Per-customer calibration statistics, one entry per customer (or per pattern with `weights`).
 * `frequency` = repeat purchases x, `recency` = t_x (first to last purchase), `T` = first
 * purchase to calibration end, all in one time unit (weeks in the CDNOW examples).
 */
export interface RepeatPurchaseData {
  frequency: Numbers;
  recency: Numbers;
  T: Numbers;
  /** How many customers share each row; 1 each when absent. */
  weights?: Numbers;
}

/** One customer's calibration history, for per-customer predictions. */
export interface CustomerHistory {
  frequency: number;
  recency: number;
  T: number;
}

/** Why a fit was refused or failed; the parameters are never returned in that case. */
export type FitFailureReason =
  | 'empty-input'
  | 'invalid-input'
  | 'no-repeat-purchases'
  | 'not-converged'
  | 'parameters-diverged';

/** A refused or failed fit: why, in words, and the optimiser's report when it ran. */
export interface FitFailure {
  ok: false;
  reason: FitFailureReason;
  message: string;
  optimizer?: MinimizeResult;
}

/** The outcome of a model fit: parameters only when the optimiser converged to a finite point. */
export type FitResult<P> =
  | {
      ok: true;
      params: P;
      logLikelihood: number;
      optimizer: MinimizeResult;
      /**
       * Covariance of the log-parameters (ln θ, in the order of `params`): the inverse Hessian
       * of −ln L at the optimum. Null when the Hessian is not positive definite there.
       */
      logCovariance?: number[][] | null;
    }
  | FitFailure;

/** A failure before any optimisation ran. */
export function fitFailure(reason: FitFailureReason, message: string): FitFailure {
  return { ok: false, reason, message };
}
