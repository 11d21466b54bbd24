import { hyp2f1Signed } from '../../math/hyp2f1.ts';
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
 * coefficient/(a−1) · [1 − (1−z)^R · ₂F₁(R, B; a+B−1; z)], the shape shared by every BG/NBD
 * and MBG/NBD expected-count formula. `logOneMinusZ` is passed separately for precision; the
 * bracket is computed with expm1 so that small horizons do not cancel to zero.
 */
function expectedCount(
  coefficient: (a: number) => number,
  a: number,
  R: number,
  B: number,
  z: number,
  logOneMinusZ: number,
): number {
  if (Math.abs(a - 1) >= SINGULARITY_HALF_WIDTH) {
    return expectedCountAt(coefficient, a, R, B, z, logOneMinusZ);
  }
  return (
    0.5 *
    (expectedCountAt(coefficient, 1 - SINGULARITY_HALF_WIDTH, R, B, z, logOneMinusZ) +
      expectedCountAt(coefficient, 1 + SINGULARITY_HALF_WIDTH, R, B, z, logOneMinusZ))
  );
}

/** {@link expectedCount} at one value of a (a function of its own: no closure per call). */
function expectedCountAt(
  coefficient: (a: number) => number,
  aa: number,
  R: number,
  B: number,
  z: number,
  logOneMinusZ: number,
): number {
  // ₂F₁ is negative for some a < 1 (its c = a + B − 1 can be negative).
  const f = hyp2f1Signed(R, B, aa + B - 1, z);
  const logProduct = R * logOneMinusZ + f.log;
  const oneMinusProduct = f.sign > 0 ? -Math.expm1(logProduct) : 1 + Math.exp(logProduct);
  return (coefficient(aa) / (aa - 1)) * oneMinusProduct;
}

export function betaGeometricProbabilityAlive(
  { r, alpha, a, b }: BetaGeometricParams,
  { frequency: x, recency, T }: CustomerHistory,
  { dropoutAtFirstPurchase }: BetaGeometricVariant,
): number {
  if (x === 0 && !dropoutAtFirstPurchase) return 1;
  const k = dropoutAtFirstPurchase ? 1 : 0;
  const logOdds =
    Math.log(a / (b + x - 1 + k)) + (r + x) * (Math.log(alpha + T) - Math.log(alpha + recency));
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
  if (t === 0) return 0;
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
  );
  return ifAlive * betaGeometricProbabilityAlive(params, customer, variant);
}
