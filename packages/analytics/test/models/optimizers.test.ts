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
