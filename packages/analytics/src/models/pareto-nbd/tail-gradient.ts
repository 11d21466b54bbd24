import { unitHyp2f1WithGradient } from '../../math/hyp2f1-unit.ts';
import type { ParetoNbdParams } from './likelihood.ts';

/**
 * Longest series summed for one tail: enough for z up to about 1 − 2e-4. Beyond that (parameters
 * running off to extremes) the tail is NaN, which the line search treats as a step too far.
 */
const MAX_TERMS = 200_000;

/**
 * ln K(t) with K(t) = (r+s+x) ∫_t^∞ (α+τ)^−(r+x) (β+τ)^−(s+1) dτ, and its gradient in
 * (r, α, s, β), written into `out` as [ln K, ∂r, ∂α, ∂s, ∂β]. `scratch` holds 4 numbers.
 * `logAlphaT` and `logBetaT` are ln(α+t) and ln(β+t), which the likelihood needs too: computed
 * once per tail by the caller (computing them twice cost 9 % of an evaluation: docs/benchmarks/
 * analytics-ingest.md).
 *
 * Euler's transformation of the closed form of Fader, Hardie & Lee (2005 note, eq. 23) gives,
 * for α ≥ β with z = (α−β)/(α+t):  K = (α+t)^−(r+x) (β+t)^−s · ₂F₁(1, r+x; r+s+x+1; z),
 * and for α < β with z = (β−α)/(β+t): K = (α+t)^(1−r−x) (β+t)^−(s+1) · ₂F₁(1, s+1; r+s+x+1; z).
 * Both series have positive terms only, so their parameter derivatives are exact term by term.
 * Returns the work done (series terms summed, MAX_TERMS when the series did not settle).
 */
export function paretoNbdLogTailWithGradient(
  params: ParetoNbdParams,
  x: number,
  t: number,
  logAlphaT: number,
  logBetaT: number,
  out: Float64Array,
  scratch: Float64Array,
): number {
  const { r, alpha, s, beta } = params;
  const c = r + s + x + 1;
  if (alpha >= beta) {
    const z = (alpha - beta) / (alpha + t);
    const terms = unitHyp2f1WithGradient(r + x, c, z, scratch, MAX_TERMS);
    if (terms < 0) return notSummed(out);
    const dz = scratch[3]!;
    out[0] = -(r + x) * logAlphaT - s * logBetaT + scratch[0]!;
    out[1] = -logAlphaT + scratch[1]! + scratch[2]!;
    out[2] = -(r + x) / (alpha + t) + (dz * (beta + t)) / ((alpha + t) * (alpha + t));
    out[3] = -logBetaT + scratch[2]!;
    out[4] = -s / (beta + t) - dz / (alpha + t);
    return terms;
  }
  const z = (beta - alpha) / (beta + t);
  const terms = unitHyp2f1WithGradient(s + 1, c, z, scratch, MAX_TERMS);
  if (terms < 0) return notSummed(out);
  const dz = scratch[3]!;
  out[0] = (1 - r - x) * logAlphaT - (s + 1) * logBetaT + scratch[0]!;
  out[1] = -logAlphaT + scratch[2]!;
  out[2] = (1 - r - x) / (alpha + t) - dz / (beta + t);
  out[3] = -logBetaT + scratch[1]! + scratch[2]!;
  out[4] = -(s + 1) / (beta + t) + (dz * (alpha + t)) / ((beta + t) * (beta + t));
  return terms;
}

function notSummed(out: Float64Array): number {
  out.fill(Number.NaN);
  return MAX_TERMS;
}
