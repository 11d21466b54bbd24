/**
 * ₂F₁(1, a; c; z) = Σ_k (a)_k / (c)_k · z^k for 0 < a < c and 0 ≤ z < 1, with the partial
 * derivatives of its logarithm. Every term is positive and each is at most z times the one
 * before, so the sum has no cancellation and the remainder after term k is at most
 * u_k · z / (1 − z): the loop stops on that bound, not on a heuristic. Term-by-term
 * differentiation gives ∂u_k/∂a = u_k Σ_{j<k} 1/(a+j), ∂u_k/∂c = −u_k Σ_{j<k} 1/(c+j) and
 * ∂u_k/∂z = k u_k / z.
 *
 * Writes [ln F, ∂ln F/∂a, ∂ln F/∂c, ∂ln F/∂z] into `out` and returns the number of terms
 * summed, or −1 (and NaN in `out`) when `maxTerms` did not reach 1e-16 relative accuracy: near
 * z = 1 the terms shrink too slowly for a series.
 *
 * @example
 * const out = new Float64Array(4);
 * unitHyp2f1WithGradient(1, 2, 0.5, out); // out[0] = ln(−ln(1 − 0.5)/0.5) = ln 1.3862943611198906
 */
export function unitHyp2f1WithGradient(
  a: number,
  c: number,
  z: number,
  out: Float64Array,
  maxTerms = 5_000,
): number {
  if (z === 0) {
    out[0] = 0;
    out[1] = 0;
    out[2] = 0;
    out[3] = a / c;
    return 1;
  }
  if (!(z > 0 && z < 1 && a > 0 && c > a)) {
    out.fill(Number.NaN);
    return -1;
  }
  const inverseGap = 1 / (1 - z);
  let term = 1;
  let sum = 1;
  let harmonicA = 0;
  let harmonicC = 0;
  let sumA = 0; // Σ u_k Σ_{j<k} 1/(a+j)
  let sumC = 0; // Σ u_k Σ_{j<k} 1/(c+j)
  let sumK = 0; // Σ k u_k
  for (let k = 0; k < maxTerms; k++) {
    harmonicA += 1 / (a + k);
    harmonicC += 1 / (c + k);
    term *= ((a + k) / (c + k)) * z;
    sum += term;
    sumA += term * harmonicA;
    sumC += term * harmonicC;
    sumK += (k + 1) * term;
    // Remainders: Σ_{m≥1} u_k z^m (k+1+m) bounds both the value's and Σ k u_k's tails.
    const tail = term * z * inverseGap * (k + 1 + inverseGap);
    if (tail <= 1e-16 * sum) {
      out[0] = Math.log(sum);
      out[1] = sumA / sum;
      out[2] = -sumC / sum;
      out[3] = sumK / (z * sum);
      return k + 1;
    }
  }
  out.fill(Number.NaN);
  return -1;
}
