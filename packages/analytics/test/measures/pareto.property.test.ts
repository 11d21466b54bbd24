import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gini, lorenzCurve, topCustomersShare } from '../../src/measures.ts';

const valuesArb = fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 1, maxLength: 80 });

describe('Pareto properties', () => {
  it('the Lorenz curve runs from (0, 0) to (1, 1), rising and convex, below the equality line', () => {
    fc.assert(
      fc.property(valuesArb, (values) => {
        const curve = lorenzCurve(values);
        expect(curve[0]).toEqual({ customerShare: 0, valueShare: 0 });
        expect(curve.at(-1)!.customerShare).toBe(1);
        expect(curve.at(-1)!.valueShare).toBeCloseTo(1, 12);
        for (let i = 1; i < curve.length; i += 1) {
          const step = curve[i]!.valueShare - curve[i - 1]!.valueShare;
          expect(step).toBeGreaterThanOrEqual(0);
          expect(curve[i]!.valueShare).toBeLessThanOrEqual(curve[i]!.customerShare + 1e-12);
          // sorted ascending: each customer brings at least as much as the previous one
          if (i > 1)
            expect(step).toBeGreaterThanOrEqual(
              curve[i - 1]!.valueShare - curve[i - 2]!.valueShare - 1e-12,
            );
        }
      }),
    );
  });

  it('Gini is in [0, (n − 1) / n] and does not change when every value is scaled', () => {
    fc.assert(
      fc.property(valuesArb, fc.integer({ min: 2, max: 100 }), (values, factor) => {
        const g = gini(values);
        if (g === null) return;
        expect(g).toBeGreaterThanOrEqual(-1e-12);
        expect(g).toBeLessThanOrEqual((values.length - 1) / values.length + 1e-12);
        expect(gini(values.map((v) => v * factor))).toBeCloseTo(g, 9);
      }),
    );
  });

  it('the top x % bring at least x % of the value, and the top share grows with x', () => {
    fc.assert(
      fc.property(
        valuesArb,
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (values, x, y) => {
          const [low, high] = x < y ? [x, y] : [y, x];
          expect(topCustomersShare(values, low)).toBeGreaterThanOrEqual(low - 1e-9);
          expect(topCustomersShare(values, high)).toBeGreaterThanOrEqual(
            topCustomersShare(values, low) - 1e-12,
          );
        },
      ),
    );
  });
});
