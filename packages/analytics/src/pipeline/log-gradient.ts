import { quadraticForm } from '../uncertainty/hessian.ts';
import { Z_80 } from './value-options.ts';

// A relative change of 1e-5 in one parameter: far above rounding, far below the curvature.
const LOG_STEP = 1e-5;

/**
 * The values of `f` and the gradients of their logs with respect to ln θ, by forward
 * differences (1 + k evaluations): `f` returns several quantities at once (they share work).
 */
export function valuesAndLogGradients(
  params: Record<string, number>,
  f: (params: Record<string, number>) => number[],
): { values: number[]; gradients: number[][] } {
  const values = f(params);
  const gradients = values.map(() => [] as number[]);
  for (const key of Object.keys(params)) {
    const moved = f({ ...params, [key]: params[key]! * Math.exp(LOG_STEP) });
    moved.forEach((v, i) => {
      gradients[i]!.push((Math.log(v) - Math.log(values[i]!)) / LOG_STEP);
    });
  }
  return { values, gradients };
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
