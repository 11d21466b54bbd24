import type { MinimizeResult } from '../math/optimizer-types.ts';
import type { CustomerHistory, FitResult, RepeatPurchaseData } from './types.ts';

/** Options shared by every model fit. */
export interface FitOptions {
  /** BFGS stops when ‖∇(−ln L)‖∞ ≤ gradientTolerance · |ln L| (in log-parameters). */
  gradientTolerance?: number;
  /** False: no standard errors (no Hessian at the optimum) when only the estimate is used. */
  covariance?: boolean;
  /**
   * The optimiser's result of a fit of the same model on nearly the same customers (e.g. on the
   * previous round's seasonal time scale): the fit starts there, with its curvature, and from
   * its usual start if that does not converge. Honoured by BG/NBD and MBG/NBD.
   */
  warmStart?: MinimizeResult;
}

/**
 * What every repeat-purchase ("buy till you die") model offers, so that comparisons, holdout
 * checks and CLV work with any of them. Method syntax on purpose: a model with concrete
 * parameters is then usable where a `PurchaseCountModel<unknown>` is expected.
 */
export interface PurchaseCountModel<P> {
  name: string;
  parameterCount: number;
  fit(data: RepeatPurchaseData, options?: FitOptions): FitResult<P>;
  logLikelihood(params: P, data: RepeatPurchaseData): number;
  /** P(the customer is still active at T | history). */
  probabilityAlive(params: P, customer: CustomerHistory): number;
  /** E[X(t)]: expected repeat purchases in (0, t] for a new customer. */
  expectedPurchases(params: P, t: number): number;
  /** E[Y(t) | history]: expected purchases in (T, T + t] for this customer. */
  conditionalExpectedPurchases(params: P, customer: CustomerHistory, t: number): number;
  /**
   * Optional: {@link probabilityAlive} (the same value, bit for bit) with ∂ln P/∂ln θ written
   * into `logGradient`, one entry per parameter in the order of `Object.keys(params)`. Models
   * without it are differentiated numerically by their callers.
   */
  probabilityAliveWithLogGradient?(
    params: P,
    customer: CustomerHistory,
    logGradient: Float64Array,
  ): number;
  /** Optional: {@link conditionalExpectedPurchases} with its log-gradient, as above. */
  conditionalExpectedPurchasesWithLogGradient?(
    params: P,
    customer: CustomerHistory,
    t: number,
    logGradient: Float64Array,
  ): number;
}
