import { digamma } from './digamma.ts';
import {
  addSigned,
  hyp2f1Series,
  hyp2f1SeriesWithGradient,
  MAX_CANCELLATION,
  type SignedLog,
} from './hyp2f1-series.ts';
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
 * With `gradient`, also ∂ln|F|/∂(a, b, c, z) by the chain rule through both terms (their Gamma
 * ratios by digamma, their series term by term); NaN entries when a term vanishes at a pole of
 * a denominator Gamma (its derivative does not vanish there).
 */
function oneMinusZTransform(
  a: number,
  b: number,
  c: number,
  z: number,
  gradient: Float64Array | null,
): SignedLog {
  const d = c - a - b;
  const w = 1 - z;
  // Copied out at once: the factors' holder is reused by the next parameter set. The digammas
  // are only filled in (and only read) with a gradient.
  const {
    gammaC,
    gammaD,
    gammaCMinusA,
    gammaCMinusB,
    gammaMinusD,
    gammaA,
    gammaB,
    psiC,
    psiD,
    psiMinusD,
    psiCA,
    psiCB,
    psiA,
    psiB,
  } = transformFactors(a, b, c, gradient !== null);
  const logW = Math.log(w);
  const g1 = gradient === null ? null : firstSeriesGradient;
  const g2 = gradient === null ? null : secondSeriesGradient;
  // Two terms written out (no arrays): this runs for every ₂F₁ with z > 0.5.
  const first = transformTerm(
    gammaC,
    gammaD,
    gammaCMinusA,
    gammaCMinusB,
    g1 === null ? hyp2f1Series(a, b, 1 - d, w) : hyp2f1SeriesWithGradient(a, b, 1 - d, w, g1),
    0,
  );
  const second = transformTerm(
    gammaC,
    gammaMinusD,
    gammaA,
    gammaB,
    g2 === null
      ? hyp2f1Series(c - a, c - b, d + 1, w)
      : hyp2f1SeriesWithGradient(c - a, c - b, d + 1, w, g2),
    d * logW,
  );
  const sum = addSigned(first, second);
  // With large a or b both terms can be huge and cancel; detect the loss of digits.
  const largest = Math.max(first.log, second.log);
  const result =
    sum.log >= largest - MAX_CANCELLATION ? sum : { sign: Number.NaN, log: Number.NaN };
  if (gradient === null || g1 === null || g2 === null) return result;
  if (first.sign === 0 || second.sign === 0 || Number.isNaN(result.log)) {
    gradient.fill(Number.NaN);
    return result;
  }
  // Each term's share of F, then each term's ∂ln|term| (d = c − a − b moves with a, b, c).
  const share1 = first.sign * sum.sign * Math.exp(first.log - sum.log);
  const share2 = second.sign * sum.sign * Math.exp(second.log - sum.log);
  // First term: Γ(c)Γ(d)/(Γ(c−a)Γ(c−b)) · F(a, b; 1 − d; w).
  const first_a = -psiD + psiCA + g1[0]! + g1[2]!;
  const first_b = -psiD + psiCB + g1[1]! + g1[2]!;
  const first_c = psiC + psiD - psiCA - psiCB - g1[2]!;
  const first_z = -g1[3]!;
  // Second term: Γ(c)Γ(−d)/(Γ(a)Γ(b)) · w^d · F(c − a, c − b; d + 1; w).
  const second_a = psiMinusD - psiA - logW - g2[0]! - g2[2]!;
  const second_b = psiMinusD - psiB - logW - g2[1]! - g2[2]!;
  const second_c = psiC - psiMinusD + logW + g2[0]! + g2[1]! + g2[2]!;
  const second_z = -d / w - g2[3]!;
  gradient[0] = share1 * first_a + share2 * second_a;
  gradient[1] = share1 * first_b + share2 * second_b;
  gradient[2] = share1 * first_c + share2 * second_c;
  gradient[3] = share1 * first_z + share2 * second_z;
  return result;
}

/**
 * The Gamma factors of {@link oneMinusZTransform} and (with `digammas`) their digammas, which
 * depend on (a, b, c) only. A forecast evaluates ₂F₁ at many z for the same parameters (one per
 * month of the horizon, one per cohort of the seasons' estimate), so the last parameters'
 * factors are kept: 14 ln Γ and ψ calls, about 0.4 µs, of a ₂F₁ with gradient of about 1 µs.
 */
function transformFactors(a: number, b: number, c: number, digammas: boolean) {
  const f = lastFactors;
  if (a !== f.a || b !== f.b || c !== f.c) {
    const d = c - a - b;
    f.a = a;
    f.b = b;
    f.c = c;
    f.gammaC = signedGamma(c);
    f.gammaD = signedGamma(d);
    f.gammaCMinusA = signedGamma(c - a);
    f.gammaCMinusB = signedGamma(c - b);
    f.gammaMinusD = signedGamma(-d);
    f.gammaA = signedGamma(a);
    f.gammaB = signedGamma(b);
    f.withDigammas = false;
  }
  if (digammas && !f.withDigammas) {
    const d = c - a - b;
    f.psiC = digamma(c);
    f.psiD = digamma(d);
    f.psiMinusD = digamma(-d);
    f.psiCA = digamma(c - a);
    f.psiCB = digamma(c - b);
    f.psiA = digamma(a);
    f.psiB = digamma(b);
    f.withDigammas = true;
  }
  return f;
}

const noGamma: SignedLog = { sign: Number.NaN, log: Number.NaN };
const lastFactors = {
  a: Number.NaN,
  b: Number.NaN,
  c: Number.NaN,
  gammaC: noGamma,
  gammaD: noGamma,
  gammaCMinusA: noGamma,
  gammaCMinusB: noGamma,
  gammaMinusD: noGamma,
  gammaA: noGamma,
  gammaB: noGamma,
  withDigammas: false,
  psiC: 0,
  psiD: 0,
  psiMinusD: 0,
  psiCA: 0,
  psiCB: 0,
  psiA: 0,
  psiB: 0,
};

// Scratch gradients of the transformation's two series and of Pfaff's inner function (the
// calls that fill them never nest into themselves).
const firstSeriesGradient = new Float64Array(4);
const secondSeriesGradient = new Float64Array(4);
const pfaffGradient = new Float64Array(4);

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
function eulerTransform(
  a: number,
  b: number,
  c: number,
  z: number,
  gradient: Float64Array | null,
): SignedLog {
  const inner =
    gradient === null
      ? hyp2f1Series(c - a, c - b, c, z, FALLBACK_MAX_TERMS)
      : hyp2f1SeriesWithGradient(c - a, c - b, c, z, eulerGradient, FALLBACK_MAX_TERMS);
  if (gradient !== null) {
    // ln F = (c − a − b) ln(1 − z) + ln F(c − a, c − b; c; z).
    const g = eulerGradient;
    const logGap = Math.log1p(-z);
    gradient[0] = -logGap - g[0]!;
    gradient[1] = -logGap - g[1]!;
    gradient[2] = logGap + g[0]! + g[1]! + g[2]!;
    gradient[3] = -(c - a - b) / (1 - z) + g[3]!;
  }
  return { sign: inner.sign, log: inner.log + (c - a - b) * Math.log1p(-z) };
}

const eulerGradient = new Float64Array(4);

/** Near-integer c − a − b: interpolate in b between the two neighbours at distance NEAR_INTEGER. */
function nearIntegerTransform(a: number, b: number, c: number, z: number): SignedLog {
  const d = c - a - b;
  const offset = d - Math.round(d);
  const above = oneMinusZTransform(a, b - (NEAR_INTEGER - offset), c, z, null);
  const below = oneMinusZTransform(a, b + (NEAR_INTEGER + offset), c, z, null);
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
  return signedWithGradient(a, b, c, z, null);
}

/**
 * {@link hyp2f1Signed} (the same value, bit for bit) and the gradient of ln|F| with respect to
 * (a, b, c, z), written into `gradient`: analytic on the common paths (the series, Pfaff's, the
 * 1 − z and Euler's transformations), central differences of the value on the rare ones
 * (c − a − b within 1e-5 of an integer, a term at a pole), so always as right as the value.
 *
 * @example
 * const g = new Float64Array(4);
 * hyp2f1SignedWithGradient(1, 1, 2, 0.5, g); // g[3] = ∂ln F/∂z at z = 0.5
 */
export function hyp2f1SignedWithGradient(
  a: number,
  b: number,
  c: number,
  z: number,
  gradient: Float64Array,
): SignedLog {
  const value = signedWithGradient(a, b, c, z, gradient);
  if (
    !Number.isFinite(value.log) ||
    Number.isFinite(gradient[0]! + gradient[1]! + gradient[2]! + gradient[3]!)
  ) {
    return value;
  }
  centralDifferences(a, b, c, z, gradient);
  return value;
}

/** The one implementation behind both: the gradient only when `gradient` is given. */
function signedWithGradient(
  a: number,
  b: number,
  c: number,
  z: number,
  gradient: Float64Array | null,
): SignedLog {
  if (!(z < 1) || Number.isNaN(a + b + c)) {
    gradient?.fill(Number.NaN);
    return { sign: Number.NaN, log: Number.NaN };
  }
  if (z === 0) {
    if (gradient !== null) {
      gradient.fill(0);
      gradient[3] = (a * b) / c;
    }
    return { sign: 1, log: 0 };
  }
  if (z < 0) {
    // DLMF 15.8.1 (Pfaff): F(a,b;c;z) = (1−z)^(−a) F(a, c−b; c; z/(z−1)), z/(z−1) in (0, 1).
    const inner = signedWithGradient(a, c - b, c, z / (z - 1), gradient && pfaffGradient);
    if (gradient !== null) {
      const g = pfaffGradient;
      gradient[0] = g[0]! - Math.log1p(-z);
      gradient[1] = -g[1]!;
      gradient[2] = g[1]! + g[2]!;
      // d/dz of z/(z − 1) is −1/(z − 1)².
      gradient[3] = a / (1 - z) - g[3]! / ((z - 1) * (z - 1));
    }
    return { sign: inner.sign, log: inner.log - a * Math.log1p(-z) };
  }
  if (z <= 0.5) {
    return gradient === null
      ? hyp2f1Series(a, b, c, z)
      : hyp2f1SeriesWithGradient(a, b, c, z, gradient);
  }
  const d = c - a - b;
  const nearInteger = Math.abs(d - Math.round(d)) < NEAR_INTEGER;
  const transformed = nearInteger
    ? nearIntegerTransform(a, b, c, z)
    : oneMinusZTransform(a, b, c, z, gradient);
  // No analytic gradient through the interpolation: NaN sends it to differences.
  if (nearInteger) gradient?.fill(Number.NaN);
  if (!Number.isNaN(transformed.log)) return transformed;
  return eulerTransform(a, b, c, z, gradient);
}

// The fallback's steps: the value is only good to ~1e-9 near an integer c − a − b, so the steps
// are large (1e-3 relative) and Richardson's extrapolation removes their O(h²) error. Near
// z = 1 the step in z is a small share of the distance to 1.
const FALLBACK_STEP = 1e-3;
const FALLBACK_Z_SHARE = 0.02;

/**
 * ∂ln|F|/∂(a, b, c, z) by Richardson-extrapolated central differences of {@link hyp2f1Signed},
 * for the paths without an analytic gradient.
 */
function centralDifferences(
  a: number,
  b: number,
  c: number,
  z: number,
  gradient: Float64Array,
): void {
  const at = [a, b, c, z];
  const probe = [a, b, c, z];
  const logAt = (i: number, x: number) => {
    probe[i] = x;
    const log = hyp2f1Signed(probe[0]!, probe[1]!, probe[2]!, probe[3]!).log;
    probe[i] = at[i]!;
    return log;
  };
  for (let i = 0; i < 4; i++) {
    const x = at[i]!;
    const h =
      i === 3
        ? Math.min(FALLBACK_STEP, FALLBACK_Z_SHARE * (1 - z))
        : FALLBACK_STEP * Math.max(1, Math.abs(x));
    const coarse = (logAt(i, x + h) - logAt(i, x - h)) / (2 * h);
    const fine = (logAt(i, x + h / 2) - logAt(i, x - h / 2)) / h;
    gradient[i] = (4 * fine - coarse) / 3;
  }
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
