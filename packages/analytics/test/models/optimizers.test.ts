import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  logAddExp,
  logSubExp,
  logSumExp,
  minimizeBfgs,
  minimizeNelderMead,
  type Objective,
  withCentralDifferences,
} from '../../src/models/index.ts';

const rosenbrock: Objective = (x, g) => {
  const [u, v] = [x[0]!, x[1]!];
  g[0] = -2 * (1 - u) - 400 * u * (v - u * u);
  g[1] = 200 * (v - u * u);
  return (1 - u) ** 2 + 100 * (v - u * u) ** 2;
};

describe('minimizeBfgs', () => {
  it('finds the Rosenbrock minimum (1, 1) from (−1.2, 1) and says it converged', () => {
    const result = minimizeBfgs(rosenbrock, [-1.2, 1]);
    expect(result.converged).toBe(true);
    expect(result.reason).toBe('gradient-tolerance');
    expect(result.x[0]).toBeCloseTo(1, 7);
    expect(result.x[1]).toBeCloseTo(1, 7);
    expect(result.gradNorm).toBeLessThan(1e-8);
  });

  it('reports max-iterations instead of pretending to converge', () => {
    const result = minimizeBfgs(rosenbrock, [-1.2, 1], { maxIterations: 3 });
    expect(result.converged).toBe(false);
    expect(result.reason).toBe('max-iterations');
  });

  it('reports a non-finite start', () => {
    const result = minimizeBfgs(
      (_, g) => {
        g[0] = Number.NaN;
        return Number.NaN;
      },
      [0],
    );
    expect(result).toMatchObject({ converged: false, reason: 'non-finite' });
  });

  it('minimises any positive-definite quadratic (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 100, noNaN: true }),
        fc.double({ min: 0.01, max: 100, noNaN: true }),
        fc.double({ min: -10, max: 10, noNaN: true }),
        (p, q, shift) => {
          const f: Objective = (x, g) => {
            g[0] = 2 * p * (x[0]! - shift);
            g[1] = 2 * q * (x[1]! + shift);
            return p * (x[0]! - shift) ** 2 + q * (x[1]! + shift) ** 2;
          };
          const result = minimizeBfgs(f, [0, 0]);
          return (
            result.converged &&
            Math.abs(result.x[0]! - shift) < 1e-6 &&
            Math.abs(result.x[1]! + shift) < 1e-6
          );
        },
      ),
    );
  });
});

describe('minimizeBfgs started at an optimum (a warm start)', () => {
  // A bowl so steep, on a value so large, that near its bottom no step changes f measurably:
  // the gradient test (‖∇f‖ ≤ 1e-9·|f| = 1e-3) is not met 1e-10 away, where ∇f = 1e-2.
  const K = 1e8;
  const steep: Objective = (x, g) => {
    g[0] = K * (x[0]! - 1);
    g[1] = K * (x[1]! - 1);
    return 1e6 + 0.5 * K * ((x[0]! - 1) ** 2 + (x[1]! - 1) ** 2);
  };
  const nearOptimum = [1 + 1e-10, 1 + 1e-10];

  it('cannot judge its first step without a curvature: the line search fails', () => {
    expect(minimizeBfgs(steep, nearOptimum)).toMatchObject({
      converged: false,
      reason: 'line-search-failed',
      iterations: 0,
    });
  });

  it('converges at once with the curvature of an earlier run, and hands its curvature on', () => {
    const earlier = [Float64Array.of(1 / K, 0), Float64Array.of(0, 1 / K)];
    const result = minimizeBfgs(steep, nearOptimum, { inverseHessian: earlier });
    expect(result.converged).toBe(true);
    expect(result.iterations).toBeLessThanOrEqual(1);
    expect(result.evaluations).toBeLessThanOrEqual(3);
    expect(result.x[0]).toBeCloseTo(1, 9);
    expect(result.inverseHessian?.[0]?.[0]).toBeCloseTo(1 / K, 12);
  });

  it('at the precision limit, gives up after a few halvings instead of narrowing rounding', () => {
    // The same bowl where every other point looks 1e-5 worse, as the rounding of a sum over
    // 100,000 histories makes it: the predicted gain (1e-12) is below f's resolution (1e-6).
    const rounded: Objective = (x, g) =>
      steep(x, g) + (x[0] === nearOptimum[0] && x[1] === nearOptimum[1] ? 0 : 1e-5);
    const earlier = [Float64Array.of(1 / K, 0), Float64Array.of(0, 1 / K)];
    const result = minimizeBfgs(rounded, nearOptimum, { inverseHessian: earlier });
    expect(result).toMatchObject({ converged: true, reason: 'precision-limit', iterations: 0 });
    expect(Array.from(result.x)).toEqual(nearOptimum);
    // The start, the full step and two halvings (it was the full step and ten halvings).
    expect(result.evaluations).toBe(4);
  });

  it('starts again with far fewer evaluations from the optimum of a nearby objective', () => {
    const bowl =
      (shift: number): Objective =>
      (x, g) => {
        g[0] = -2 * (1 - x[0]!) - 400 * x[0]! * (x[1]! - x[0]! ** 2);
        g[1] = 200 * (x[1]! - x[0]! ** 2) + 2 * (x[1]! - shift);
        return (1 - x[0]!) ** 2 + 100 * (x[1]! - x[0]! ** 2) ** 2 + (x[1]! - shift) ** 2;
      };
    const first = minimizeBfgs(bowl(1), [-1.2, 1]);
    const cold = minimizeBfgs(bowl(1.01), [-1.2, 1]);
    const warm = minimizeBfgs(bowl(1.01), first.x, { inverseHessian: first.inverseHessian });
    expect(cold.converged && warm.converged).toBe(true);
    expect(warm.x[0]).toBeCloseTo(cold.x[0]!, 7);
    expect(warm.x[1]).toBeCloseTo(cold.x[1]!, 7);
    expect(warm.evaluations).toBeLessThan(cold.evaluations / 3);
  });
});

describe('minimizeNelderMead', () => {
  it('finds the Rosenbrock minimum without gradients', () => {
    const result = minimizeNelderMead((x) => rosenbrock(x, new Float64Array(2)), [-1.2, 1]);
    expect(result.converged).toBe(true);
    expect(result.x[0]).toBeCloseTo(1, 6);
    expect(result.x[1]).toBeCloseTo(1, 6);
  });

  it('backs away from NaN regions', () => {
    const result = minimizeNelderMead((x) => (x[0]! < 0 ? Number.NaN : (x[0]! - 2) ** 2), [1]);
    expect(result.x[0]).toBeCloseTo(2, 6);
  });
});

describe('helpers', () => {
  it('central differences match an analytic gradient', () => {
    const g = new Float64Array(2);
    withCentralDifferences((x) => rosenbrock(x, new Float64Array(2)))(Float64Array.of(0.3, 0.7), g);
    const exact = new Float64Array(2);
    rosenbrock(Float64Array.of(0.3, 0.7), exact);
    expect(g[0]).toBeCloseTo(exact[0]!, 7);
    expect(g[1]).toBeCloseTo(exact[1]!, 7);
  });

  it('log-sum-exp does not overflow', () => {
    expect(logAddExp(1000, 1000)).toBeCloseTo(1000 + Math.LN2, 12);
    expect(logSumExp([-1000, -1000, -1000])).toBeCloseTo(-1000 + Math.log(3), 12);
    expect(logSubExp(Math.log(3), 0)).toBeCloseTo(Math.LN2, 14);
    expect(logSubExp(5, 5)).toBe(Number.NEGATIVE_INFINITY);
    expect(logAddExp(Number.NEGATIVE_INFINITY, 3)).toBe(3);
  });
});
