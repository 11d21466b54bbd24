import { addSigned, hyp2f1Series, MAX_CANCELLATION, type SignedLog } from './hyp2f1-series.ts';
import { gammaSign, logGamma } from './log-gamma.ts';

// Within this distance of an integer, c − a − b makes the 1 − z transformation a difference
// of two nearly infinite terms; we interpolate between two safe neighbours instead.
const NEAR_INTEGER = 1e-5;
// Enough for z up to about 1 − 4e-5 in the Euler fallback.
const FALLBACK_MAX_TERMS = 1_000_000;

/** ln|Γ(x)| with its sign, or sign 0 at a pole (where 1/Γ vanishes). */
function signedGamma(x: number): SignedLog {
  return { sign: gammaSign(x), log: logGamma(x) };
}

/**
 * DLMF 15.8.4: maps 0.5 < z < 1 to 1 − z < 0.5, where the series converges fast:
 * F(a,b;c;z) = A·F(a,b;a+b−c+1;1−z) + B·(1−z)^{c−a−b}·F(c−a,c−b;c−a−b+1;1−z).
 */
function oneMinusZTransform(a: number, b: number, c: number, z: number): SignedLog {
  const d = c - a - b;
  const w = 1 - z;
  const gc = signedGamma(c);
  // Two terms written out (no arrays): this runs for every ₂F₁ with z > 0.5.
  const first = transformTerm(
    gc,
    signedGamma(d),
    signedGamma(c - a),
    signedGamma(c - b),
    hyp2f1Series(a, b, 1 - d, w),
    0,
  );
  const second = transformTerm(
    gc,
    signedGamma(-d),
    signedGamma(a),
    signedGamma(b),
    hyp2f1Series(c - a, c - b, d + 1, w),
    d * Math.log(w),
  );
  const sum = addSigned(first, second);
  // With large a or b both terms can be huge and cancel; detect the loss of digits.
  const largest = Math.max(first.log, second.log);
  return sum.log >= largest - MAX_CANCELLATION ? sum : { sign: Number.NaN, log: Number.NaN };
}

/** Γ(c)·Γ(num)/(Γ(den1)·Γ(den2)) · series · e^power, one term of {@link oneMinusZTransform}. */
function transformTerm(
  gc: SignedLog,
  num: SignedLog,
  den1: SignedLog,
  den2: SignedLog,
  series: SignedLog,
  power: number,
): SignedLog {
  // A zero reciprocal Gamma (a pole in the denominator) removes the whole term.
  if (den1.sign === 0 || den2.sign === 0) return { sign: 0, log: Number.NEGATIVE_INFINITY };
  return {
    sign: gc.sign * num.sign * den1.sign * den2.sign * series.sign,
    log: gc.log + num.log - den1.log - den2.log + series.log + power,
  };
}

/**
 * DLMF 15.8.1 (Euler): F(a,b;c;z) = (1−z)^{c−a−b} F(c−a, c−b; c; z). For the Pareto/NBD's
 * c = a + 1 and b > 0 every term is positive and shrinks by at least z, so the series is exact
 * though slow near 1: the fallback when the 1 − z transformation cancels.
 */
function eulerTransform(a: number, b: number, c: number, z: number): SignedLog {
  const inner = hyp2f1Series(c - a, c - b, c, z, FALLBACK_MAX_TERMS);
  return { sign: inner.sign, log: inner.log + (c - a - b) * Math.log1p(-z) };
}

/** Near-integer c − a − b: interpolate in b between the two neighbours at distance NEAR_INTEGER. */
function nearIntegerTransform(a: number, b: number, c: number, z: number): SignedLog {
  const d = c - a - b;
  const offset = d - Math.round(d);
  const above = oneMinusZTransform(a, b - (NEAR_INTEGER - offset), c, z);
  const below = oneMinusZTransform(a, b + (NEAR_INTEGER + offset), c, z);
  const weight = (NEAR_INTEGER - offset) / (2 * NEAR_INTEGER);
  // ln F is close to linear in b (F behaves like (1 − z)^(−b)), so interpolate logs if we can.
  if (above.sign === below.sign && above.sign !== 0) {
    return { sign: above.sign, log: above.log + weight * (below.log - above.log) };
  }
  const value =
    above.sign * Math.exp(above.log) * (1 - weight) + below.sign * Math.exp(below.log) * weight;
  return { sign: Math.sign(value), log: Math.log(Math.abs(value)) };
}

/**
 * Gauss hypergeometric function as sign and log-magnitude, for real a, b, c (c not a
 * non-positive integer) and z < 1. Uses the series for 0 ≤ z ≤ 0.5, Pfaff's transformation for
 * z < 0 and the 1 − z transformation for z > 0.5, falling back to Euler's transformation (a
 * slower series) when the latter cancels catastrophically, as it does for large a or b.
 *
 * @example
 * hyp2f1Signed(1, 1, 2, 0.9); // { sign: 1, log: ln(−ln(0.1)/0.9) }
 */
export function hyp2f1Signed(a: number, b: number, c: number, z: number): SignedLog {
  if (!(z < 1) || Number.isNaN(a + b + c)) return { sign: Number.NaN, log: Number.NaN };
  if (z === 0) return { sign: 1, log: 0 };
  if (z < 0) {
    // DLMF 15.8.1 (Pfaff): F(a,b;c;z) = (1−z)^(−a) F(a, c−b; c; z/(z−1)), z/(z−1) in (0, 1).
    const inner = hyp2f1Signed(a, c - b, c, z / (z - 1));
    return { sign: inner.sign, log: inner.log - a * Math.log1p(-z) };
  }
  if (z <= 0.5) return hyp2f1Series(a, b, c, z);
  const d = c - a - b;
  const transformed =
    Math.abs(d - Math.round(d)) < NEAR_INTEGER
      ? nearIntegerTransform(a, b, c, z)
      : oneMinusZTransform(a, b, c, z);
  return Number.isNaN(transformed.log) ? eulerTransform(a, b, c, z) : transformed;
}

/**
 * ln|₂F₁(a, b; c; z)| for z < 1. Use this instead of {@link hyp2f1} when F may overflow, as it
 * does in the Pareto/NBD likelihood for customers with many purchases.
 *
 * @example
 * logHyp2f1(2, 3, 3, 0.5); // ln((1 − 0.5)^(−2)) = ln 4
 */
export function logHyp2f1(a: number, b: number, c: number, z: number): number {
  return hyp2f1Signed(a, b, c, z).log;
}

/**
 * Gauss hypergeometric function ₂F₁(a, b; c; z) for real parameters and z < 1, accurate to
 * about 1e-13 relative (about 1e-9 when c − a − b is within 1e-5 of an integer and z > 0.5).
 *
 * @example
 * hyp2f1(1, 1, 2, 0.5); // −ln(1 − 0.5)/0.5 = 1.3862943611198906
 */
export function hyp2f1(a: number, b: number, c: number, z: number): number {
  const { sign, log } = hyp2f1Signed(a, b, c, z);
  return sign * Math.exp(log);
}
