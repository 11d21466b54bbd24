import { sinPi } from './log-gamma.ts';

/** Below this the asymptotic series is not accurate enough; we use ψ(x) = ψ(x+1) − 1/x. */
const ASYMPTOTIC_THRESHOLD = 10;

/**
 * Digamma ψ(x) = d/dx ln|Γ(x)| for real x, NaN at the poles 0, −1, −2, … The likelihoods' gradients
 * only need x > 0 (accurate to about 1e-15 absolute there); the gradient of ₂F₁ through its 1 − z
 * transformation also meets negative arguments, taken by reflection,
 * ψ(x) = ψ(1 − x) − π cos(πx)/sin(πx), as accurate as the cotangent near the pole allows.
 *
 * @example
 * digamma(1); // −γ (Euler–Mascheroni) = -0.5772156649015329
 */
export function digamma(x: number): number {
  if (x > 0) return positiveDigamma(x);
  const sine = sinPi(x);
  if (!(sine !== 0)) return Number.NaN;
  return positiveDigamma(1 - x) - (Math.PI * sinPi(x + 0.5)) / sine;
}

function positiveDigamma(x: number): number {
  let shift = 0;
  while (x < ASYMPTOTIC_THRESHOLD) {
    shift -= 1 / x;
    x += 1;
  }
  const inv2 = 1 / (x * x);
  const series =
    inv2 * (1 / 12 - inv2 * (1 / 120 - inv2 * (1 / 252 - inv2 * (1 / 240 - inv2 * (1 / 132)))));
  return shift + Math.log(x) - 0.5 / x - series;
}
