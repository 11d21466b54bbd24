import { type LinePoint, strongWolfeSearch } from './line-search.ts';
import { dot, infinityNorm, type MinimizeResult, type Objective } from './optimizer-types.ts';

// Relative size of the smallest change of f a double-precision likelihood sum can resolve.
const PRECISION_LIMIT = 1e-12;
// Halvings of the step tried when the predicted gain is below that resolution. Not none: on a
// boundary (BG/NBD's a → 0) the likelihood keeps rising by small amounts a halved step finds,
// and the fit must keep walking there to be seen diverging.
const LIMITED_ZOOM_STEPS = 2;

/** Options for {@link minimizeBfgs}. */
export interface BfgsOptions {
  /** Stop when ‖∇f‖∞ ≤ gradientTolerance · max(1, |f|). Default 1e-9. */
  gradientTolerance?: number;
  maxIterations?: number;
  /** Largest first trial step, in the units of x (∞-norm). Default 2: in log-parameters, ×e². */
  maxStep?: number;
  /**
   * The inverse Hessian to start with, e.g. the `inverseHessian` of a run on nearly the same
   * objective (a warm start). Without it BFGS starts from the identity, scaled after its first
   * step, and cannot judge a failed first line search (see `precision-limit`).
   */
  inverseHessian?: ArrayLike<ArrayLike<number>>;
}

/** H ← (I − ρ s yᵀ) H (I − ρ y sᵀ) + ρ s sᵀ, the BFGS inverse-Hessian update. */
function updateInverseHessian(h: Float64Array[], s: Float64Array, y: Float64Array, rho: number) {
  const n = s.length;
  const hy = h.map((row) => dot(row, y));
  const yhy = dot(y, hy);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      h[i]![j]! +=
        -rho * (hy[i]! * s[j]! + s[i]! * hy[j]!) + (rho * rho * yhy + rho) * s[i]! * s[j]!;
    }
  }
}

const identity = (n: number, scale = 1) =>
  Array.from({ length: n }, (_, i) =>
    Float64Array.from({ length: n }, (_, j) => (i === j ? scale : 0)),
  );

/**
 * Minimises a smooth function with BFGS and a strong-Wolfe line search. Failure is reported in
 * the result (converged: false with a reason), never by throwing or by returning NaN silently.
 *
 * @example
 * const rosenbrock: Objective = (x, g) => {
 *   g[0] = -2 * (1 - x[0]!) - 400 * x[0]! * (x[1]! - x[0]! ** 2);
 *   g[1] = 200 * (x[1]! - x[0]! ** 2);
 *   return (1 - x[0]!) ** 2 + 100 * (x[1]! - x[0]! ** 2) ** 2;
 * };
 * minimizeBfgs(rosenbrock, [-1.2, 1]); // { x: [1, 1], converged: true, reason: 'gradient-tolerance', … }
 */
export function minimizeBfgs(
  objective: Objective,
  start: ArrayLike<number>,
  options: BfgsOptions = {},
): MinimizeResult {
  const { gradientTolerance = 1e-9, maxIterations = 200, maxStep = 2 } = options;
  const n = start.length;
  const count = { evaluations: 1 };
  const x0 = Float64Array.from(start);
  const g0 = new Float64Array(n);
  let point: LinePoint = { step: 0, x: x0, f: objective(x0, g0), g: g0, slope: 0 };
  // A given curvature is trusted from the first iteration: the quadratic model's predicted gain
  // then means something before any step was taken.
  const curvatureGiven = options.inverseHessian !== undefined;
  let h = curvatureGiven
    ? Array.from(options.inverseHessian!, (row) => Float64Array.from(row))
    : identity(n);
  const finish = (iterations: number, reason: MinimizeResult['reason']): MinimizeResult => ({
    x: point.x,
    fx: point.f,
    gradNorm: infinityNorm(point.g),
    gradient: point.g,
    iterations,
    evaluations: count.evaluations,
    converged: reason === 'gradient-tolerance' || reason === 'precision-limit',
    reason,
    inverseHessian: h,
  });
  if (!Number.isFinite(point.f) || !point.g.every(Number.isFinite)) return finish(0, 'non-finite');

  for (let iteration = 0; iteration < maxIterations; iteration++) {
    if (infinityNorm(point.g) <= gradientTolerance * Math.max(1, Math.abs(point.f))) {
      return finish(iteration, 'gradient-tolerance');
    }
    let direction = Float64Array.from(h, (row) => -dot(row, point.g));
    if (dot(direction, point.g) >= 0) {
      // Not a descent direction (rounding in H): restart from steepest descent.
      h = identity(n);
      direction = point.g.map((gi) => -gi);
    }
    const startPoint = { ...point, step: 0, slope: dot(point.g, direction) };
    const firstStep = Math.min(1, maxStep / infinityNorm(direction));
    // Near the optimum the decrease a step can bring falls below the rounding error of f, and
    // no step passes the sufficient-decrease test. When the quadratic model predicts so little
    // gain that f could not resolve it, the search gives up after a few halvings: narrowing a
    // bracket whose values differ by rounding alone cost 10 evaluations at the end of most fits.
    const predictedDecrease = -0.5 * startPoint.slope;
    const resolution = PRECISION_LIMIT * Math.max(1, Math.abs(point.f));
    const limited = (iteration > 0 || curvatureGiven) && predictedDecrease <= resolution;
    const next = strongWolfeSearch(
      objective,
      startPoint,
      direction,
      firstStep,
      count,
      limited ? LIMITED_ZOOM_STEPS : undefined,
    );
    if (!next) return finish(iteration, limited ? 'precision-limit' : 'line-search-failed');
    const s = next.x.map((xi, i) => xi - point.x[i]!);
    const y = next.g.map((gi, i) => gi - point.g[i]!);
    const sy = dot(s, y);
    // Skip the update unless the curvature is clearly positive; it keeps H positive definite.
    if (sy > 1e-12 * Math.sqrt(dot(s, s) * dot(y, y))) {
      if (iteration === 0 && !curvatureGiven) h = identity(n, sy / dot(y, y)); // N&W (6.20)
      updateInverseHessian(h, s, y, 1 / sy);
    }
    point = next;
  }
  return finish(maxIterations, 'max-iterations');
}
