import { describe, expect, it } from 'vitest';
import { hyp2f1 } from '../../src/math/hyp2f1.ts';
import { unitHyp2f1WithGradient } from '../../src/math/hyp2f1-unit.ts';
import { compressRepeatPurchases } from '../../src/models/compress.ts';
import { fitParetoNbd, type ParetoNbdParams } from '../../src/models/index.ts';
import { paretoNbdObjective } from '../../src/models/pareto-nbd/objective.ts';
import { paretoNbdTotalLogLikelihood } from '../../src/models/pareto-nbd/pareto-nbd.ts';
import { readCdnowSample } from './cdnow.ts';

const data = compressRepeatPurchases(readCdnowSample());
const budget = () => ({ remaining: Number.POSITIVE_INFINITY, exhausted: false, evaluations: 0 });
const logOf = ({ r, alpha, s, beta }: ParetoNbdParams) =>
  Float64Array.of(Math.log(r), Math.log(alpha), Math.log(s), Math.log(beta));

describe('₂F₁(1, a; c; z) with its gradient', () => {
  it.each([
    [0.5, 2.5, 0.3],
    [7, 8.6, 0.9],
    [1.6, 30, 0.05],
  ])('matches the general ₂F₁ and central differences at a = %s, c = %s, z = %s', (a, c, z) => {
    const out = new Float64Array(4);
    expect(unitHyp2f1WithGradient(a, c, z, out)).toBeGreaterThan(0);
    expect(out[0]).toBeCloseTo(Math.log(hyp2f1(1, a, c, z)), 12);
    const at = (da: number, dc: number, dz: number) => {
      const probe = new Float64Array(4);
      unitHyp2f1WithGradient(a + da, c + dc, z + dz, probe);
      return probe[0]!;
    };
    const h = 1e-6;
    expect(out[1]).toBeCloseTo((at(h, 0, 0) - at(-h, 0, 0)) / (2 * h), 7);
    expect(out[2]).toBeCloseTo((at(0, h, 0) - at(0, -h, 0)) / (2 * h), 7);
    expect(out[3]).toBeCloseTo((at(0, 0, h) - at(0, 0, -h)) / (2 * h), 6);
  });
});

describe('Pareto/NBD analytic objective on the CDNOW sample', () => {
  it.each([
    ['α < β (published optimum)', { r: 0.5533, alpha: 10.578, s: 0.6062, beta: 11.667 }],
    ['α > β', { r: 1.3, alpha: 20, s: 0.4, beta: 3 }],
    ['α ≫ β', { r: 0.7, alpha: 60, s: 2.5, beta: 0.5 }],
    ['α = β', { r: 0.9, alpha: 8, s: 1, beta: 8 }],
  ])('agrees with the ₂F₁ closed form and with finite differences when %s', (_, params) => {
    const { objective } = paretoNbdObjective(data, budget());
    const u = logOf(params);
    const gradient = new Float64Array(4);
    const value = objective(u, gradient);
    // An independent implementation: the general ₂F₁ with its transformations, per row.
    expect(-value).toBeCloseTo(paretoNbdTotalLogLikelihood(params, data), 6);
    const scratch = new Float64Array(4);
    for (let i = 0; i < 4; i++) {
      const h = 1e-5;
      const [up, down] = [Float64Array.from(u), Float64Array.from(u)];
      up[i]! += h;
      down[i]! -= h;
      const numeric = (objective(up, scratch) - objective(down, scratch)) / (2 * h);
      expect(Math.abs(gradient[i]! - numeric)).toBeLessThan(1e-5 * Math.max(1, Math.abs(numeric)));
    }
  });
});

describe('Pareto/NBD analytic objective with a very frequent buyer', () => {
  // x = 400 bought long before T: K(t_x)/A(T) ≈ (65/7)^400 overflows, so that row takes the
  // log-scale path; the others take the linear one.
  const mixed = compressRepeatPurchases({
    frequency: [400, 3, 0, 12],
    recency: [2, 20.5, 0, 30],
    T: [60, 40, 12, 31],
  });
  it('agrees with the closed form and with finite differences', () => {
    const params = { r: 0.8, alpha: 5, s: 0.7, beta: 9 };
    const { objective } = paretoNbdObjective(mixed, budget());
    const u = logOf(params);
    const gradient = new Float64Array(4);
    const value = objective(u, gradient);
    expect(-value).toBeCloseTo(paretoNbdTotalLogLikelihood(params, mixed), 6);
    const scratch = new Float64Array(4);
    for (let i = 0; i < 4; i++) {
      const h = 1e-5;
      const [up, down] = [Float64Array.from(u), Float64Array.from(u)];
      up[i]! += h;
      down[i]! -= h;
      const numeric = (objective(up, scratch) - objective(down, scratch)) / (2 * h);
      expect(Math.abs(gradient[i]! - numeric)).toBeLessThan(1e-5 * Math.max(1, Math.abs(numeric)));
    }
  });
});

describe('Pareto/NBD fit is bounded', () => {
  it('returns quickly on very regular data (everyone 6 repeat days, recency 3.43 weeks)', () => {
    const n = 500;
    const started = performance.now();
    const fit = fitParetoNbd({
      frequency: Array.from({ length: n }, () => 6),
      recency: Array.from({ length: n }, () => 3.43),
      T: Array.from({ length: n }, (_, i) => 3.43 + (0.47 * i) / n),
    });
    // The work budget stops it near 2 s of CPU; 20 s leaves room for a loaded test machine.
    expect(performance.now() - started).toBeLessThan(20_000);
    if (fit.ok) expect(Object.values(fit.params).every(Number.isFinite)).toBe(true);
    else expect(['not-converged', 'parameters-diverged']).toContain(fit.reason);
  });

  it('fails fast on three customers', () => {
    const started = performance.now();
    const fit = fitParetoNbd({
      frequency: [2, 1, 0],
      recency: [30.43, 1.71, 0],
      T: [38.86, 38.86, 38.86],
    });
    expect(performance.now() - started).toBeLessThan(5_000);
    if (!fit.ok) expect(['not-converged', 'parameters-diverged']).toContain(fit.reason);
  });
});
