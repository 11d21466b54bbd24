import { describe, expect, it } from 'vitest';
import type { Objective } from '../../src/math/optimizer-types.ts';
import { fitLogParameters } from '../../src/models/fit-log-parameters.ts';
import { hessianOf, inverseSpd } from '../../src/uncertainty/hessian.ts';

describe('a fit’s covariance', () => {
  // −log L of a gamma sample's shape k and rate λ (in ln k, ln λ): not quadratic, with a
  // unique interior optimum, and its Hessian at the optimum positive definite.
  const sample = [0.8, 1.9, 2.4, 0.6, 3.1, 1.2, 1.7, 2.2, 0.9, 1.4];
  const n = sample.length;
  const sum = sample.reduce((s, x) => s + x, 0);
  const sumLog = sample.reduce((s, x) => s + Math.log(x), 0);
  const logGamma = (k: number) => {
    // Stirling with shift, enough for a test objective (smooth in k).
    let shift = 0;
    let x = k;
    while (x < 10) {
      shift -= Math.log(x);
      x += 1;
    }
    return shift + (x - 0.5) * Math.log(x) - x + 0.5 * Math.log(2 * Math.PI) + 1 / (12 * x);
  };
  const digamma = (k: number) => (logGamma(k + 1e-6) - logGamma(k - 1e-6)) / 2e-6;
  let evaluations = 0;
  const objective: Objective = (u, g) => {
    evaluations++;
    const [k, rate] = [Math.exp(u[0]!), Math.exp(u[1]!)];
    g[0] = -k * (n * Math.log(rate) - n * digamma(k) + sumLog);
    g[1] = -rate * ((n * k) / rate - sum);
    return -(n * k * Math.log(rate) - n * logGamma(k) + (k - 1) * sumLog - rate * sum);
  };
  const problem = { objective, start: [1, 1], toParams: (t: Float64Array) => [...t] };

  it('is computed when first read, from n more evaluations, then kept', () => {
    evaluations = 0;
    const fit = fitLogParameters(problem);
    if (!fit.ok) throw new Error('the fit failed');
    const fitting = evaluations;
    expect(fitting).toBeGreaterThan(2);
    const covariance = fit.logCovariance;
    // The optimiser's last gradient at the optimum stands for the Hessian's first evaluation.
    expect(evaluations).toBe(fitting + 2);
    expect(fit.logCovariance).toBe(covariance);
    expect(evaluations).toBe(fitting + 2);
    const eager = inverseSpd(hessianOf(objective, fit.optimizer.x)!);
    expect(covariance).toEqual(eager);
    // Read like any property by a spread, a JSON text and a copy to another thread.
    expect({ ...fit }.logCovariance).toEqual(eager);
    expect(JSON.parse(JSON.stringify(fit)).logCovariance).toEqual(eager);
    expect(structuredClone(fit).logCovariance).toEqual(eager);
  });

  it('costs nothing when nobody reads it: as many evaluations as a fit without one', () => {
    evaluations = 0;
    const unread = fitLogParameters(problem);
    const fitting = evaluations;
    evaluations = 0;
    const without = fitLogParameters({ ...problem, covariance: false });
    expect(evaluations).toBe(fitting);
    expect(without.ok && without.logCovariance).toBeNull();
    expect(unread.ok && without.ok && unread.params).toEqual(without.ok && without.params);
  });
});
