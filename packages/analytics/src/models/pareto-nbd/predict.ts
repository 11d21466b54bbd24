import type { CustomerHistory } from '../types.ts';
import { type ParetoNbdParams, paretoNbdLogTerms } from './likelihood.ts';

/** (1 − (1 + h)^−(s−1)) / (s − 1) for h = t/(β + T), with its limit ln(1 + h) at s = 1. */
function survivalIntegral(s: number, logGrowth: number): number {
  if (Math.abs(s - 1) < 1e-10) return logGrowth;
  return -Math.expm1(-(s - 1) * logGrowth) / (s - 1);
}

export function paretoNbdProbabilityAliveOf(
  params: ParetoNbdParams,
  customer: CustomerHistory,
): number {
  const { alive, dropped } = paretoNbdLogTerms(params, customer);
  return 1 / (1 + Math.exp(dropped - alive));
}

/** E[X(t)] = rβ/(α(s−1)) · [1 − (β/(β+t))^(s−1)] (Schmittlein et al. 1987). */
export function paretoNbdExpectedPurchasesOf({ r, alpha, s, beta }: ParetoNbdParams, t: number) {
  return ((r * beta) / alpha) * survivalIntegral(s, Math.log1p(t / beta));
}

/** E[Y(t) | x, t_x, T] = (r+x)(β+T)/((α+T)(s−1)) · [1 − ((β+T)/(β+T+t))^(s−1)] · P(alive). */
export function paretoNbdConditionalExpectedPurchasesOf(
  params: ParetoNbdParams,
  customer: CustomerHistory,
  t: number,
): number {
  const { r, alpha, s, beta } = params;
  const { frequency: x, T } = customer;
  const ifAlive =
    (((r + x) * (beta + T)) / (alpha + T)) * survivalIntegral(s, Math.log1p(t / (beta + T)));
  return ifAlive * paretoNbdProbabilityAliveOf(params, customer);
}
