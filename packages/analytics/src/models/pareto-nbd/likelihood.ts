import { logHyp2f1 } from '../../math/hyp2f1.ts';
import { logGamma } from '../../math/log-gamma.ts';
import { logAddExp, logSubExp } from '../../math/log-sum-exp.ts';
import type { CustomerHistory } from '../types.ts';

/** Pareto/NBD parameters: purchase rate λ ~ Gamma(r, α), dropout rate μ ~ Gamma(s, β). */
export interface ParetoNbdParams {
  r: number;
  alpha: number;
  s: number;
  beta: number;
}

/**
 * ln of ∫_t^∞ (α+τ)^−(r+x) (β+τ)^−(s+1) dτ · (r+s+x), via the hypergeometric closed form of
 * Fader, Hardie & Lee (2005, "A note on deriving the Pareto/NBD model", eqs. 22–23). The
 * larger of α, β goes in the denominator so that the argument z lies in [0, 1).
 */
export function paretoNbdLogTail(
  { r, alpha, s, beta }: ParetoNbdParams,
  x: number,
  t: number,
): number {
  const c = r + s + x;
  if (alpha >= beta) {
    return logHyp2f1(c, s + 1, c + 1, (alpha - beta) / (alpha + t)) - c * Math.log(alpha + t);
  }
  return logHyp2f1(c, r + x, c + 1, (beta - alpha) / (beta + t)) - c * Math.log(beta + t);
}

/**
 * The two log-terms of one customer's likelihood, without the factor Γ(r+x)α^r β^s / Γ(r):
 * `alive` = still active at T, `dropped` = dropped out somewhere in (t_x, T].
 */
export function paretoNbdLogTerms(
  params: ParetoNbdParams,
  { frequency: x, recency, T }: CustomerHistory,
): { alive: number; dropped: number } {
  const { r, alpha, s, beta } = params;
  const alive = -(r + x) * Math.log(alpha + T) - s * Math.log(beta + T);
  // A difference of two positive tails: logSubExp keeps it exact, and −∞ when t_x = T. When
  // t_x is within rounding of T the tails can come out in the wrong order: that is also −∞.
  const [fromRecency, fromT] = [
    paretoNbdLogTail(params, x, recency),
    paretoNbdLogTail(params, x, T),
  ];
  const between = fromRecency > fromT ? logSubExp(fromRecency, fromT) : Number.NEGATIVE_INFINITY;
  const dropped = Math.log(s) - Math.log(r + s + x) + between;
  return { alive, dropped };
}

/** ln L of one customer (Fader, Hardie & Lee 2005 note, eq. 22). */
export function paretoNbdCustomerLogLikelihood(
  params: ParetoNbdParams,
  customer: CustomerHistory,
): number {
  const { r, alpha, s, beta } = params;
  const { alive, dropped } = paretoNbdLogTerms(params, customer);
  const x = customer.frequency;
  const prefactor = logGamma(r + x) - logGamma(r) + r * Math.log(alpha) + s * Math.log(beta);
  return prefactor + logAddExp(alive, dropped);
}
