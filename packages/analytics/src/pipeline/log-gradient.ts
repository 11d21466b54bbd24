import { quadraticForm } from '../uncertainty/hessian.ts';
import { Z_80 } from './value-options.ts';

// A relative change of 1e-5 in one parameter: far above rounding, far below the curvature.
const LOG_STEP = 1e-5;

/**
 * The values of `f` and the gradients of their logs with respect to ln θ, by forward
 * differences (1 + k evaluations), written into `into` from `offset`: the `count` values, then
 * each value's k gradient entries in the order of `params`. `f` writes its `count` values
 * (several quantities at once: they share work) into the array it is given.
 *
 * @example
 * const out = new Float64Array(1 + 2);
 * valuesAndLogGradients({ r: 2, alpha: 3 }, 1, (p, v) => { v[0] = p.r! / p.alpha!; }, out, 0);
 * out; // [0.667, ≈ 1, ≈ −1]
 */
export function valuesAndLogGradients(
  params: Record<string, number>,
  count: number,
  f: (params: Record<string, number>, values: Float64Array) => void,
  into: Float64Array,
  offset: number,
): void {
  const values = new Float64Array(count);
  const shifted = new Float64Array(count);
  f(params, values);
  into.set(values, offset);
  const keys = Object.keys(params);
  const k = keys.length;
  // One moved copy of the parameters, each in turn stepped and put back.
  const moved = { ...params };
  for (let j = 0; j < k; j++) {
    const key = keys[j]!;
    moved[key] = params[key]! * Math.exp(LOG_STEP);
    f(moved, shifted);
    moved[key] = params[key]!;
    for (let i = 0; i < count; i++) {
      into[offset + count + i * k + j] = (Math.log(shifted[i]!) - Math.log(values[i]!)) / LOG_STEP;
    }
  }
}

/**
 * The values of `f` alone, written like {@link valuesAndLogGradients} writes them (the gradient
 * entries left as they are): for predictions without intervals, one evaluation instead of 1 + k.
 *
 * @example
 * const out = new Float64Array(1 + 2);
 * valuesOnly({ r: 2, alpha: 3 }, 1, (p, v) => { v[0] = p.r! / p.alpha!; }, out, 0);
 * out; // [0.667, 0, 0]
 */
export function valuesOnly(
  params: Record<string, number>,
  count: number,
  f: (params: Record<string, number>, values: Float64Array) => void,
  into: Float64Array,
  offset: number,
): void {
  f(params, into.subarray(offset, offset + count));
}

/** [low, high] of an 80 % interval for a positive value whose log has this variance. */
export function logInterval(value: number, logVariance: number): [number, number] {
  if (!(value > 0) || !(logVariance >= 0)) return [Number.NaN, Number.NaN];
  const spread = Z_80 * Math.sqrt(logVariance);
  return [value * Math.exp(-spread), value * Math.exp(spread)];
}

/** Var(ln f) from gradients of ln f against each covariance (independent parameter blocks). */
export function logVariance(
  parts: readonly [gradient: ArrayLike<number>, covariance: number[][] | null][],
): number {
  let total = 0;
  for (const [gradient, covariance] of parts) {
    if (!covariance) return Number.NaN;
    total += quadraticForm(covariance, gradient);
  }
  return total;
}
