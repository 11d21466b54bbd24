import { describe, expect, it } from 'vitest';
import type { Objective } from '../../src/math/optimizer-types.ts';
import { hessianOf, inverseSpd } from '../../src/uncertainty/hessian.ts';

describe('hessianOf', () => {
  // A likelihood-like objective in log-parameters, not quadratic: its third derivatives are
  // what a difference step errs by. f = Σ e^(uᵢ) − 2uᵢ + e^(u₀ + u₁); the exact Hessian is
  // diag(e^(uᵢ)) + e^(u₀ + u₁) on the (0, 1) block.
  const f: Objective = (u, g) => {
    const cross = Math.exp(u[0]! + u[1]!);
    for (let i = 0; i < u.length; i++) g[i] = Math.exp(u[i]!) - 2 + (i < 2 ? cross : 0);
    return u.reduce((s, ui) => s + Math.exp(ui) - 2 * ui, 0) + cross;
  };
  const at = Float64Array.of(-0.4, 0.2, 1.3, 0.05);
  const exact = (i: number, j: number) =>
    (i === j ? Math.exp(at[i]!) : 0) + (i < 2 && j < 2 ? Math.exp(at[0]! + at[1]!) : 0);

  it('gives the Hessian within 1e-4 relative, symmetric, from n + 1 gradient evaluations', () => {
    let evaluations = 0;
    const counted: Objective = (u, g) => {
      evaluations++;
      return f(u, g);
    };
    const h = hessianOf(counted, at);
    if (!h) throw new Error('no Hessian');
    expect(evaluations).toBe(5);
    for (let i = 0; i < 4; i++) {
      for (let j = 0; j < 4; j++) {
        expect(h[i]![j]).toBe(h[j]![i]);
        expect(Math.abs(h[i]![j]! - exact(i, j))).toBeLessThan(1e-4 * Math.max(1, exact(i, j)));
      }
    }
    // Its inverse, the covariance, within the same accuracy.
    const sigma = inverseSpd(h);
    const exactSigma = inverseSpd(
      Array.from({ length: 4 }, (_, i) => [0, 1, 2, 3].map((j) => exact(i, j))),
    );
    for (let i = 0; i < 4; i++) {
      expect(Math.abs(sigma![i]![i]! / exactSigma![i]![i]! - 1)).toBeLessThan(1e-4);
    }
  });

  it('takes the gradient at x from the caller when given: n evaluations, the same matrix', () => {
    let evaluations = 0;
    const counted: Objective = (u, g) => {
      evaluations++;
      return f(u, g);
    };
    const gradient = new Float64Array(4);
    f(at, gradient);
    const given = hessianOf(counted, at, gradient);
    expect(evaluations).toBe(4);
    expect(given).toEqual(hessianOf(f, at));
  });

  it('falls back to central differences on a nearly flat ridge, where forward ones tip below zero', () => {
    // f = a u²/2 + b u³/6 at u = 0: f'' = a = 1e-7 (a flat direction), and a forward step h
    // errs by b h/2 = −5e-6, below zero; central differences are exact on a cubic.
    const [a, b] = [1e-7, -1];
    let evaluations = 0;
    const ridge: Objective = (u, g) => {
      evaluations++;
      g[0] = a * u[0]! + (b * u[0]! ** 2) / 2;
      return (a * u[0]! ** 2) / 2 + (b * u[0]! ** 3) / 6;
    };
    const h = hessianOf(ridge, Float64Array.of(0));
    expect(h?.[0]?.[0]).toBeCloseTo(a, 12);
    expect(h?.[0]?.[0]).toBeGreaterThan(0);
    expect(evaluations).toBe(4); // forward (2), then central (2)
  });

  it('gives none when a probe is not finite (a boundary of the parameter space)', () => {
    const walled: Objective = (u, g) => (u[2]! > 1.3 ? Number.NaN : f(u, g));
    expect(hessianOf(walled, at)).toBeNull();
  });
});
