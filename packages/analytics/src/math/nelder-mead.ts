import type { MinimizeResult } from './optimizer-types.ts';

/** Options for {@link minimizeNelderMead}. */
export interface NelderMeadOptions {
  /** Stop when the simplex's values differ by at most this (absolute) and its size ≤ xTolerance. */
  fTolerance?: number;
  xTolerance?: number;
  maxIterations?: number;
  /** Edge of the starting simplex, in the units of x. */
  initialStep?: number;
}

/**
 * Derivative-free Nelder–Mead simplex search (standard coefficients 1, 2, ½, ½). Used as a
 * fallback to move away from regions where BFGS' line search fails; non-finite values are
 * treated as +∞ so the simplex backs away from them.
 *
 * @example
 * minimizeNelderMead((x) => (x[0]! - 3) ** 2 + (x[1]! + 1) ** 2, [0, 0]); // x ≈ [3, -1]
 */
export function minimizeNelderMead(
  f: (x: Float64Array) => number,
  start: ArrayLike<number>,
  options: NelderMeadOptions = {},
): MinimizeResult {
  const {
    fTolerance = 1e-10,
    xTolerance = 1e-8,
    maxIterations = 5000,
    initialStep = 0.5,
  } = options;
  const n = start.length;
  let evaluations = 0;
  const value = (x: Float64Array) => {
    evaluations++;
    const fx = f(x);
    return Number.isNaN(fx) ? Number.POSITIVE_INFINITY : fx;
  };
  const vertices = Array.from({ length: n + 1 }, (_, i) => {
    const x = Float64Array.from(start);
    if (i > 0) x[i - 1]! += initialStep;
    return { x, f: value(x) };
  });
  const along = (from: Float64Array, to: Float64Array, t: number) =>
    from.map((fi, i) => fi + t * (to[i]! - fi));

  for (let iteration = 0; iteration < maxIterations; iteration++) {
    vertices.sort((p, q) => p.f - q.f);
    const best = vertices[0]!;
    const worst = vertices[n]!;
    const size = Math.max(
      ...vertices.map((v) => Math.max(...v.x.map((xi, i) => Math.abs(xi - best.x[i]!)))),
    );
    if (worst.f - best.f <= fTolerance && size <= xTolerance) {
      return {
        x: best.x,
        fx: best.f,
        gradNorm: Number.NaN,
        iterations: iteration,
        evaluations,
        converged: true,
        reason: 'simplex-tolerance',
      };
    }
    const centroid = new Float64Array(n);
    for (const v of vertices.slice(0, n))
      v.x.forEach((xi, i) => {
        centroid[i]! += xi / n;
      });
    const reflected = along(centroid, worst.x, -1);
    const fr = value(reflected);
    if (fr < best.f) {
      const expanded = along(centroid, worst.x, -2);
      const fe = value(expanded);
      vertices[n] = fe < fr ? { x: expanded, f: fe } : { x: reflected, f: fr };
    } else if (fr < vertices[n - 1]!.f) {
      vertices[n] = { x: reflected, f: fr };
    } else {
      const contracted =
        fr < worst.f ? along(centroid, reflected, 0.5) : along(centroid, worst.x, 0.5);
      const fc = value(contracted);
      if (fc < Math.min(fr, worst.f)) vertices[n] = { x: contracted, f: fc };
      else
        for (let i = 1; i <= n; i++) {
          const x = along(best.x, vertices[i]!.x, 0.5);
          vertices[i] = { x, f: value(x) };
        }
    }
  }
  vertices.sort((p, q) => p.f - q.f);
  const best = vertices[0]!;
  return {
    x: best.x,
    fx: best.f,
    gradNorm: Number.NaN,
    iterations: maxIterations,
    evaluations,
    converged: false,
    reason: 'max-iterations',
  };
}
