/**
 * An objective to minimise: returns f(x) and writes ∇f(x) into `gradient`. Computing both in
 * one pass is cheaper for likelihoods, whose value and gradient share most of the work.
 */
export type Objective = (x: Float64Array, gradient: Float64Array) => number;

/**
 * Why a minimiser stopped. Success: 'gradient-tolerance'; 'precision-limit' (BFGS: no step can
 * lower f measurably and the quadratic model predicts a gain below 1e-12·|f|);
 * 'simplex-tolerance' (Nelder–Mead).
 */
export type MinimizeReason =
  | 'gradient-tolerance'
  | 'precision-limit'
  | 'simplex-tolerance'
  | 'max-iterations'
  | 'line-search-failed'
  | 'non-finite';

/** What a minimiser found, and whether it may be trusted. */
export interface MinimizeResult {
  x: Float64Array;
  fx: number;
  /** ‖∇f(x)‖∞ at the returned point (NaN for Nelder–Mead, which never computes it). */
  gradNorm: number;
  /** BFGS: ∇f at `x`, as the objective wrote it (the Hessian there starts from it). */
  gradient?: Float64Array;
  iterations: number;
  evaluations: number;
  converged: boolean;
  reason: MinimizeReason;
  /**
   * BFGS: its approximation of the inverse Hessian at `x` when it stopped, to start a later run
   * on nearly the same objective with the curvature already learned.
   */
  inverseHessian?: Float64Array[];
}

export function infinityNorm(v: ArrayLike<number>): number {
  let norm = 0;
  for (let i = 0; i < v.length; i++) norm = Math.max(norm, Math.abs(v[i]!));
  return norm;
}

export function dot(u: ArrayLike<number>, v: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < u.length; i++) sum += u[i]! * v[i]!;
  return sum;
}
