import { describe, expect, it } from 'vitest';
import {
  bgNbd,
  fitGammaGamma,
  mbgNbd,
  type PurchaseCountModel,
  paretoNbd,
} from '../../src/models/index.ts';

describe.each([bgNbd, mbgNbd, paretoNbd] as PurchaseCountModel<unknown>[])(
  '$name refuses what it cannot fit',
  (model) => {
    it('empty input', () => {
      expect(model.fit({ frequency: [], recency: [], T: [] })).toMatchObject({
        ok: false,
        reason: 'empty-input',
      });
    });

    it('only customers without repeat purchases', () => {
      const fit = model.fit({ frequency: [0, 0, 0], recency: [0, 0, 0], T: [10, 20, 30] });
      expect(fit).toMatchObject({ ok: false, reason: 'no-repeat-purchases' });
      expect('params' in fit).toBe(false);
    });

    it('invalid rows, naming the first bad one', () => {
      const fit = model.fit({ frequency: [1, 2], recency: [5, 40], T: [30, 30] });
      expect(fit).toMatchObject({ ok: false, reason: 'invalid-input' });
      if (!fit.ok) expect(fit.message).toContain('row 1');
      expect(model.fit({ frequency: [1], recency: [1, 2], T: [3] })).toMatchObject({
        reason: 'invalid-input',
      });
      expect(model.fit({ frequency: [Number.NaN], recency: [1], T: [3] })).toMatchObject({
        reason: 'invalid-input',
      });
    });

    it('data with no interior maximum reports divergence, not huge parameters', () => {
      // Everybody buys every week until the end and nobody drops out: the dropout rate runs to 0.
      const n = 40;
      const fit = model.fit({
        frequency: Array.from({ length: n }, (_, i) => 10 + (i % 3)),
        recency: Array.from({ length: n }, () => 30),
        T: Array.from({ length: n }, () => 30),
      });
      if (fit.ok) {
        // If a model does find a finite optimum, its parameters must at least be finite.
        expect(Object.values(fit.params as object).every(Number.isFinite)).toBe(true);
      } else expect(['parameters-diverged', 'not-converged']).toContain(fit.reason);
    });
  },
);

describe('Gamma-Gamma refuses what it cannot fit', () => {
  it('no repeat customer', () => {
    expect(fitGammaGamma({ frequency: [0, 0], monetary: [0, 0] })).toMatchObject({
      ok: false,
      reason: 'no-repeat-purchases',
    });
  });

  it('a repeat customer without positive spend', () => {
    expect(fitGammaGamma({ frequency: [2], monetary: [0] })).toMatchObject({
      ok: false,
      reason: 'invalid-input',
    });
  });

  it('identical spends (no spread between customers) do not yield NaN parameters', () => {
    const fit = fitGammaGamma({ frequency: [1, 2, 3, 4], monetary: [10, 10, 10, 10] });
    if (fit.ok) expect(Object.values(fit.params).every(Number.isFinite)).toBe(true);
    else expect(['parameters-diverged', 'not-converged']).toContain(fit.reason);
  });
});
