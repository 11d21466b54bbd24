/** A real number stored as sign × e^log, so that huge or tiny values neither overflow nor vanish. */
export interface SignedLog {
  sign: number;
  log: number;
}

const DEFAULT_MAX_TERMS = 20_000;
const RESCALE_ABOVE = 1e200;
/** Results that lost more than ~6 of 16 digits to cancellation are refused (NaN). */
export const MAX_CANCELLATION = 6 * Math.LN10;

/**
 * Sums the Gauss series Σ (a)_k (b)_k / ((c)_k k!) z^k for |z| ≤ ~0.5, where it converges
 * geometrically (and, more slowly, for any |z| < 1). The running sum is rescaled when it grows large so that ln|F| is exact even
 * when F itself would overflow. Returns NaN if the series has not settled after `maxTerms` terms, or if it cancelled.
 */
export function hyp2f1Series(
  a: number,
  b: number,
  c: number,
  z: number,
  maxTerms = DEFAULT_MAX_TERMS,
): SignedLog {
  let term = 1;
  let sum = 1;
  let logScale = 0;
  // ln of the largest |term|, to detect cancellation between terms: the largest |term| is kept
  // per scale and its log taken when the scale changes, not a log per term.
  let largestLog = Number.NEGATIVE_INFINITY;
  let largestTerm = 1;
  // Terms can grow or pass near zero while k is below a negative parameter; only test after.
  const settleAfter = Math.max(0, -a, -b, -c) + 1;
  let shrinking = false;
  for (let k = 0; k < maxTerms; k++) {
    const ratio = (((a + k) * (b + k)) / ((c + k) * (k + 1))) * z;
    term *= ratio;
    sum += term;
    largestTerm = Math.max(largestTerm, Math.abs(term));
    if (term === 0) break;
    if (Math.abs(sum) > RESCALE_ABOVE) {
      largestLog = Math.max(largestLog, Math.log(largestTerm) + logScale);
      largestTerm = 0;
      sum /= RESCALE_ABOVE;
      term /= RESCALE_ABOVE;
      logScale += Math.log(RESCALE_ABOVE);
    }
    // A tiny term only ends the sum once terms shrink for good: just past a negative c the
    // terms are tiny but grow again by large factors.
    shrinking = Math.abs(ratio) < 1;
    if (k > settleAfter && shrinking && Math.abs(term) <= 1e-17 * Math.abs(sum)) break;
  }
  largestLog = Math.max(largestLog, Math.log(largestTerm) + logScale);
  const log = Math.log(Math.abs(sum)) + logScale;
  const settled = term === 0 || (shrinking && Math.abs(term) <= 1e-17 * Math.abs(sum));
  // Alternating terms far larger than the sum (negative c) leave too few correct digits.
  if (!settled || largestLog - log > MAX_CANCELLATION) return { sign: Number.NaN, log: Number.NaN };
  return { sign: Math.sign(sum), log };
}

/** sign·e^log of a SignedLog plus another, in log space. */
export function addSigned(x: SignedLog, y: SignedLog): SignedLog {
  if (x.sign === 0) return y;
  if (y.sign === 0) return x;
  const xIsBigger = x.log >= y.log;
  const big = xIsBigger ? x : y;
  const small = xIsBigger ? y : x;
  const ratio = Math.exp(small.log - big.log);
  const magnitude = big.sign === small.sign ? Math.log1p(ratio) : Math.log1p(-ratio);
  if (magnitude === Number.NEGATIVE_INFINITY) return { sign: 0, log: magnitude };
  return { sign: big.sign, log: big.log + magnitude };
}
