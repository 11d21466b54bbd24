import type { Objective } from '../math/optimizer-types.ts';

// In log-parameters a forward step of 1e-5 changes a parameter by 0.001 %. Forward differences
// err by about the step relative to the curvature (1e-5: far below what a standard error means)
// and rounding stays far below that (the gradient's own rounding is ~1e-16 of its terms' sum,
// which has the Hessian's scale). Central differences take n − 1 more evaluations (n more when
// the gradient at x is given) for digits no interval shows: in a profile of the 1M-row
// benchmark, the Hessians took 5 % of the command's CPU that way. They remain the fallback,
// with steps of 1e-4 (error O(step²)).
const FORWARD_STEP = 1e-5;
const CENTRAL_STEP = 1e-4;

/**
 * The Hessian of an objective at `x` (a minimum), by forward differences of its analytic
 * gradient (n + 1 gradient evaluations, n when `gradientAtX` — the gradient the optimiser last
 * computed there — is given), made symmetric. When that is not positive definite — a fit on a
 * nearly flat ridge, as at a boundary, where the forward error can tip the smallest curvature
 * below zero — by central differences (2n more). Null when a probe is not finite.
 *
 * @example
 * hessianOf((x, g) => { g[0] = 2 * x[0]!; return x[0]! ** 2; }, Float64Array.of(1)); // [[2]]
 */
export function hessianOf(
  objective: Objective,
  x: Float64Array,
  gradientAtX?: Float64Array,
): number[][] | null {
  const forward = differenced(objective, x, false, gradientAtX);
  if (forward && inverseSpd(forward)) return forward;
  return differenced(objective, x, true);
}

/** The symmetrised matrix of gradient differences, forward or central. */
function differenced(
  objective: Objective,
  x: Float64Array,
  central: boolean,
  gradientAtX?: Float64Array,
): number[][] | null {
  const n = x.length;
  const step = central ? CENTRAL_STEP : FORWARD_STEP;
  const columns: Float64Array[] = [];
  const probe = Float64Array.from(x);
  const up = new Float64Array(n);
  const down = new Float64Array(n);
  if (!central) {
    if (gradientAtX?.length === n) down.set(gradientAtX);
    else if (!Number.isFinite(objective(probe, down))) return null;
  }
  for (let j = 0; j < n; j++) {
    probe[j] = x[j]! + step;
    const fUp = objective(probe, up);
    probe[j] = x[j]! - step;
    const fDown = central ? objective(probe, down) : 0;
    probe[j] = x[j]!;
    if (!Number.isFinite(fUp) || !Number.isFinite(fDown)) return null;
    // Forward: `down` holds the gradient at x itself.
    columns.push(up.map((g, i) => (g - down[i]!) / (central ? 2 * step : step)));
  }
  const h: number[][] = [];
  for (let i = 0; i < n; i++) {
    h.push([]);
    for (let j = 0; j < n; j++) h[i]!.push(0.5 * (columns[j]![i]! + columns[i]![j]!));
  }
  return h.every((row) => row.every(Number.isFinite)) ? h : null;
}

/**
 * The inverse of a symmetric positive-definite matrix (Cholesky), or null when it is not
 * positive definite — at the optimum of a likelihood that means a flat direction: the data do
 * not pin that parameter down and no standard error is given rather than a meaningless one.
 *
 * @example
 * inverseSpd([[4, 0], [0, 2]]); // [[0.25, 0], [0, 0.5]]
 */
export function inverseSpd(m: number[][]): number[][] | null {
  const n = m.length;
  const l = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let sum = m[i]![j]!;
      for (let k = 0; k < j; k++) sum -= l[i]![k]! * l[j]![k]!;
      if (i === j) {
        if (!(sum > 0)) return null;
        l[i]![i] = Math.sqrt(sum);
      } else l[i]![j] = sum / l[j]![j]!;
    }
  }
  // Solve L Lᵀ X = I column by column.
  const inverse = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let c = 0; c < n; c++) {
    const y = new Array<number>(n).fill(0);
    for (let i = 0; i < n; i++) {
      let sum = i === c ? 1 : 0;
      for (let k = 0; k < i; k++) sum -= l[i]![k]! * y[k]!;
      y[i] = sum / l[i]![i]!;
    }
    for (let i = n - 1; i >= 0; i--) {
      let sum = y[i]!;
      for (let k = i + 1; k < n; k++) sum -= l[k]![i]! * inverse[k]![c]!;
      inverse[i]![c] = sum / l[i]![i]!;
    }
  }
  return inverse;
}

/** gᵀ Σ g: the delta method's variance of a function whose gradient is g. */
export function quadraticForm(sigma: number[][], g: ArrayLike<number>): number {
  let total = 0;
  for (let i = 0; i < g.length; i++)
    for (let j = 0; j < g.length; j++) total += g[i]! * sigma[i]![j]! * g[j]!;
  return total;
}
