import { hyp2f1Signed, hyp2f1SignedWithGradient } from '../../math/hyp2f1.ts';
import type { CustomerHistory } from '../types.ts';
import type { BetaGeometricVariant } from './likelihood.ts';

/** Parameters of BG/NBD and MBG/NBD: purchase rates ~ Gamma(r, α), dropout p ~ Beta(a, b). */
export interface BetaGeometricParams {
  r: number;
  alpha: number;
  a: number;
  b: number;
}

// The expected-count formulas divide by a − 1 and have a removable singularity at a = 1.
const SINGULARITY_HALF_WIDTH = 1e-6;

/**
 * ∂ln E/∂(R, a, b, z) of {@link expectedCount}, where B and c = a + B − 1 move with b one for one,
 * as does the coefficient (its slope in a, 0 or 1, is passed). NaN near a = 1, where the value is
 * an average of two neighbours: the caller differentiates that case numerically.
 */
type ExpectedCountGradient = Float64Array;

/**
 * coefficient/(a−1) · [1 − (1−z)^R · ₂F₁(R, B; a+B−1; z)], the shape shared by every BG/NBD
 * and MBG/NBD expected-count formula. `logOneMinusZ` is passed separately for precision; the
 * bracket is computed with expm1 so that small horizons do not cancel to zero. With `gradient`,
 * its {@link ExpectedCountGradient} too.
 */
function expectedCount(
  coefficient: (a: number) => number,
  a: number,
  R: number,
  B: number,
  z: number,
  logOneMinusZ: number,
  gradient: ExpectedCountGradient | null = null,
  coefficientSlopeA = 0,
): number {
  if (Math.abs(a - 1) >= SINGULARITY_HALF_WIDTH) {
    return expectedCountAt(coefficient, a, R, B, z, logOneMinusZ, gradient, coefficientSlopeA);
  }
  gradient?.fill(Number.NaN);
  return (
    0.5 *
    (expectedCountAt(coefficient, 1 - SINGULARITY_HALF_WIDTH, R, B, z, logOneMinusZ, null, 0) +
      expectedCountAt(coefficient, 1 + SINGULARITY_HALF_WIDTH, R, B, z, logOneMinusZ, null, 0))
  );
}

// The ₂F₁'s gradient, reused from call to call.
const hypergeometricGradient = new Float64Array(4);

/** {@link expectedCount} at one value of a (a function of its own: no closure per call). */
function expectedCountAt(
  coefficient: (a: number) => number,
  aa: number,
  R: number,
  B: number,
  z: number,
  logOneMinusZ: number,
  gradient: ExpectedCountGradient | null,
  coefficientSlopeA: number,
): number {
  // ₂F₁ is negative for some a < 1 (its c = a + B − 1 can be negative).
  const f =
    gradient === null
      ? hyp2f1Signed(R, B, aa + B - 1, z)
      : hyp2f1SignedWithGradient(R, B, aa + B - 1, z, hypergeometricGradient);
  const logProduct = R * logOneMinusZ + f.log;
  const oneMinusProduct = f.sign > 0 ? -Math.expm1(logProduct) : 1 + Math.exp(logProduct);
  const scale = coefficient(aa);
  if (gradient !== null) {
    // ln|bracket| moves by −product/bracket per unit of ln|product|, ln|product| = R ln(1−z) + ln|F|.
    const g = hypergeometricGradient;
    const share = -(f.sign * Math.exp(logProduct)) / oneMinusProduct;
    gradient[0] = share * (logOneMinusZ + g[0]!);
    gradient[1] = coefficientSlopeA / scale - 1 / (aa - 1) + share * g[2]!;
    gradient[2] = 1 / scale + share * (g[1]! + g[2]!);
    gradient[3] = share * (g[3]! - R / Math.exp(logOneMinusZ));
  }
  return (scale / (aa - 1)) * oneMinusProduct;
}

/** ln of the odds "dropped out after the last purchase" : "alive", whose logistic is P(alive). */
function logOddsOfDropout(
  r: number,
  alpha: number,
  a: number,
  b: number,
  x: number,
  recency: number,
  T: number,
  k: number,
): number {
  return (
    Math.log(a / (b + x - 1 + k)) + (r + x) * (Math.log(alpha + T) - Math.log(alpha + recency))
  );
}

export function betaGeometricProbabilityAlive(
  { r, alpha, a, b }: BetaGeometricParams,
  { frequency: x, recency, T }: CustomerHistory,
  { dropoutAtFirstPurchase }: BetaGeometricVariant,
): number {
  if (x === 0 && !dropoutAtFirstPurchase) return 1;
  const k = dropoutAtFirstPurchase ? 1 : 0;
  return 1 / (1 + Math.exp(logOddsOfDropout(r, alpha, a, b, x, recency, T, k)));
}

/**
 * {@link betaGeometricProbabilityAlive} (the same value) and ∂ln P/∂(ln r, ln α, ln a, ln b) in
 * `gradient`: ln P = −ln(1 + e^L) with L the log-odds of dropout, so ∂ln P = −(1 − P) ∂L.
 */
export function betaGeometricProbabilityAliveWithLogGradient(
  { r, alpha, a, b }: BetaGeometricParams,
  { frequency: x, recency, T }: CustomerHistory,
  { dropoutAtFirstPurchase }: BetaGeometricVariant,
  gradient: Float64Array,
): number {
  if (x === 0 && !dropoutAtFirstPurchase) {
    gradient.fill(0);
    return 1;
  }
  const k = dropoutAtFirstPurchase ? 1 : 0;
  const logOdds = logOddsOfDropout(r, alpha, a, b, x, recency, T, k);
  // 1 − P computed on its own so that it keeps its digits when P is close to 1.
  const dead = -1 / (1 + Math.exp(-logOdds));
  gradient[0] = dead * r * (Math.log(alpha + T) - Math.log(alpha + recency));
  gradient[1] = dead * (r + x) * alpha * (1 / (alpha + T) - 1 / (alpha + recency));
  gradient[2] = dead;
  gradient[3] = (-dead * b) / (b + x - 1 + k);
  return 1 / (1 + Math.exp(logOdds));
}

export function betaGeometricExpectedPurchases(
  { r, alpha, a, b }: BetaGeometricParams,
  t: number,
  { dropoutAtFirstPurchase }: BetaGeometricVariant,
): number {
  if (t === 0) return 0;
  const z = t / (alpha + t);
  const logOneMinusZ = Math.log(alpha) - Math.log(alpha + t);
  if (dropoutAtFirstPurchase) return expectedCount(() => b, a, r, b + 1, z, logOneMinusZ);
  return expectedCount((aa) => aa + b - 1, a, r, b, z, logOneMinusZ);
}

export function betaGeometricConditionalExpectedPurchases(
  params: BetaGeometricParams,
  customer: CustomerHistory,
  t: number,
  variant: BetaGeometricVariant,
): number {
  return conditionalExpectedPurchases(params, customer, t, variant, null);
}

// Scratch gradients of the two factors.
const countGradient = new Float64Array(4);
const aliveGradient = new Float64Array(4);

/**
 * {@link betaGeometricConditionalExpectedPurchases} (the same value) and its ∂ln E/∂(ln r, ln α,
 * ln a, ln b) in `gradient`: analytic, or central differences of the value where the expected
 * count is an average across a = 1 (the gradient's order is r, α, a, b).
 */
export function betaGeometricConditionalExpectedPurchasesWithLogGradient(
  params: BetaGeometricParams,
  customer: CustomerHistory,
  t: number,
  variant: BetaGeometricVariant,
  gradient: Float64Array,
): number {
  const value = conditionalExpectedPurchases(params, customer, t, variant, gradient);
  if (Number.isFinite(gradient[0]! + gradient[1]! + gradient[2]! + gradient[3]!)) return value;
  centralLogGradient(
    params,
    (p) => conditionalExpectedPurchases(p, customer, t, variant, null),
    gradient,
  );
  return value;
}

// Within 1e-6 of a = 1 the value is flat in a (an average of two neighbours) and loses digits
// to the cancelling 1/(a − 1): steps of 1e-3 in ln θ reach well outside, and central
// differences keep their error at O(step²) (forward steps of 1e-5 were off by 1 % there).
const LOG_STEP = 1e-3;

/** ∂ln f/∂ln θ by central differences, θ in the order r, α, a, b. */
function centralLogGradient(
  params: BetaGeometricParams,
  f: (params: BetaGeometricParams) => number,
  gradient: Float64Array,
): void {
  const { r, alpha, a, b } = params;
  for (let i = 0; i < 4; i++) {
    const at = (factor: number) =>
      Math.log(
        f({
          r: i === 0 ? r * factor : r,
          alpha: i === 1 ? alpha * factor : alpha,
          a: i === 2 ? a * factor : a,
          b: i === 3 ? b * factor : b,
        }),
      );
    gradient[i] = (at(Math.exp(LOG_STEP)) - at(Math.exp(-LOG_STEP))) / (2 * LOG_STEP);
  }
}

/** The one implementation of E[Y(t) | x, t_x, T], with its log-gradient when asked. */
function conditionalExpectedPurchases(
  params: BetaGeometricParams,
  customer: CustomerHistory,
  t: number,
  variant: BetaGeometricVariant,
  gradient: Float64Array | null,
): number {
  if (t === 0) {
    gradient?.fill(Number.NaN);
    return 0;
  }
  const { r, alpha, b } = params;
  const { frequency: x, T } = customer;
  const k = variant.dropoutAtFirstPurchase ? 1 : 0;
  const z = t / (alpha + T + t);
  const logOneMinusZ = Math.log(alpha + T) - Math.log(alpha + T + t);
  const ifAlive = expectedCount(
    (aa) => aa + b + x - 1 + k,
    params.a,
    r + x,
    b + x + k,
    z,
    logOneMinusZ,
    gradient && countGradient,
    1,
  );
  if (gradient === null) return ifAlive * betaGeometricProbabilityAlive(params, customer, variant);
  const pAlive = betaGeometricProbabilityAliveWithLogGradient(
    params,
    customer,
    variant,
    aliveGradient,
  );
  // R = r + x, and z = t/(α + T + t) moves by −z/(α + T + t) per unit of α.
  gradient[0] = r * countGradient[0]! + aliveGradient[0]!;
  gradient[1] = alpha * countGradient[3]! * (-z / (alpha + T + t)) + aliveGradient[1]!;
  gradient[2] = params.a * countGradient[1]! + aliveGradient[2]!;
  gradient[3] = b * countGradient[2]! + aliveGradient[3]!;
  return ifAlive * pAlive;
}
