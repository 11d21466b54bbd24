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
  return sumSeries(a, b, c, z, maxTerms, null);
}

/**
 * {@link hyp2f1Series} (the same value, bit for bit) and [∂/∂a, ∂/∂b, ∂/∂c, ∂/∂z] of ln|F|
 * written into `gradient`, differentiated term by term in the same loop: with u_k the k-th term,
 * ∂u_k/∂a = u_k Σ_{j<k} 1/(a+j), likewise for b, ∂u_k/∂c = −u_k Σ_{j<k} 1/(c+j) and
 * ∂u_k/∂z = k u_k / z. NaN entries when a parameter is a non-positive integer (the series stops
 * there but its derivative does not) or when the value is NaN.
 */
export function hyp2f1SeriesWithGradient(
  a: number,
  b: number,
  c: number,
  z: number,
  gradient: Float64Array,
  maxTerms = DEFAULT_MAX_TERMS,
): SignedLog {
  return sumSeries(a, b, c, z, maxTerms, gradient);
}

/** The one loop behind both: the derivative sums only when `gradient` is given. */
function sumSeries(
  a: number,
  b: number,
  c: number,
  z: number,
  maxTerms: number,
  gradient: Float64Array | null,
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
  // Derivative sums (gradient only): Σ u_k H_k for a, b and c, and Σ k u_k / z.
  let harmonicA = 0;
  let harmonicB = 0;
  let harmonicC = 0;
  let sumA = 0;
  let sumB = 0;
  let sumC = 0;
  let sumK = 0;
  for (let k = 0; k < maxTerms; k++) {
    const growth = ((a + k) * (b + k)) / ((c + k) * (k + 1));
    const ratio = growth * z;
    // k u_k / z from u_{k−1} (before the factor z): exact even for a subnormal z.
    if (gradient !== null) sumK += (k + 1) * term * growth;
    term *= ratio;
    sum += term;
    if (gradient !== null) {
      harmonicA += 1 / (a + k);
      harmonicB += 1 / (b + k);
      harmonicC += 1 / (c + k);
      sumA += term * harmonicA;
      sumB += term * harmonicB;
      sumC += term * harmonicC;
    }
    largestTerm = Math.max(largestTerm, Math.abs(term));
    if (term === 0) break;
    if (Math.abs(sum) > RESCALE_ABOVE) {
      largestLog = Math.max(largestLog, Math.log(largestTerm) + logScale);
      largestTerm = 0;
      sum /= RESCALE_ABOVE;
      term /= RESCALE_ABOVE;
      sumA /= RESCALE_ABOVE;
      sumB /= RESCALE_ABOVE;
      sumC /= RESCALE_ABOVE;
      sumK /= RESCALE_ABOVE;
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
  if (!settled || largestLog - log > MAX_CANCELLATION) {
    if (gradient !== null) gradient.fill(Number.NaN);
    return { sign: Number.NaN, log: Number.NaN };
  }
  if (gradient !== null) {
    // A series that terminates (a or b a non-positive integer) has a parameter derivative made
    // of the terms it skipped. (A term that underflowed to zero ends the sum harmlessly.)
    const terminates = (a <= 0 && Number.isInteger(a)) || (b <= 0 && Number.isInteger(b));
    const stopped = terminates ? Number.NaN : 1;
    gradient[0] = (stopped * sumA) / sum;
    gradient[1] = (stopped * sumB) / sum;
    gradient[2] = (-stopped * sumC) / sum;
    gradient[3] = sumK / sum;
  }
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
