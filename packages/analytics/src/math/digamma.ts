/** Below this the asymptotic series is not accurate enough; we use ψ(x) = ψ(x+1) − 1/x. */
const ASYMPTOTIC_THRESHOLD = 10;

/**
 * Digamma ψ(x) = d/dx ln Γ(x), for x > 0 (the gradients of the likelihoods only need
 * positive arguments). Accurate to about 1e-15 absolute.
 *
 * @example
 * digamma(1); // −γ (Euler–Mascheroni) = -0.5772156649015329
 */
export function digamma(x: number): number {
  if (!(x > 0)) return Number.NaN;
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
