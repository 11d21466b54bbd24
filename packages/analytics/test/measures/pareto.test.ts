import { describe, expect, it } from 'vitest';
import { gini, lorenzCurve, topCustomersShare } from '../../src/measures.ts';

describe('lorenzCurve', () => {
  it('has one point per customer plus the origin, poorest first', () => {
    const curve = lorenzCurve([60, 10, 30]);
    expect(curve.map((p) => p.customerShare)).toEqual([0, 1 / 3, 2 / 3, 1]);
    expect(curve.map((p) => p.valueShare)).toEqual([0, 0.1, 0.4, 1]);
  });

  it('downsamples by linear interpolation between customers', () => {
    // at half the customers (1.5 customers): 10 + 0.5 × 30 = 25 of 100
    expect(lorenzCurve([10, 30, 60], { points: 3 })).toEqual([
      { customerShare: 0, valueShare: 0 },
      { customerShare: 0.5, valueShare: 0.25 },
      { customerShare: 1, valueShare: 1 },
    ]);
    expect(
      lorenzCurve(
        Array.from({ length: 1_000 }, (_, i) => i),
        { points: 11 },
      ),
    ).toHaveLength(11);
  });

  it('rejects negative values and bad point counts', () => {
    expect(() => lorenzCurve([5, -1])).toThrow(/≥ 0/);
    // NaN has no place in the order: wherever it is, it is refused, not summed into NaN shares.
    expect(() => topCustomersShare([Number.NaN, 5, 1])).toThrow(/≥ 0/);
    expect(() => gini([5, 1, Number.NaN, 2])).toThrow(/≥ 0/);
    expect(() => lorenzCurve([5], { points: 1 })).toThrow(/points/);
  });
});

describe('topCustomersShare', () => {
  it('gives the top 20 % share', () => {
    // top 2 of 10 bring 160 of 200
    expect(topCustomersShare([5, 5, 5, 5, 5, 5, 5, 5, 80, 80])).toBeCloseTo(0.8, 12);
    // equal customers: the top 20 % bring 20 %
    expect(topCustomersShare([3, 3, 3, 3, 3], 0.2)).toBeCloseTo(0.2, 12);
  });

  it('interpolates when the share is not a whole number of customers', () => {
    // 3 customers [10, 30, 60]: top 50 % = all of 60 plus half of 30 → 75 / 100
    expect(topCustomersShare([10, 30, 60], 0.5)).toBeCloseTo(0.75, 12);
  });
});

describe('gini', () => {
  it('matches hand-computed cases', () => {
    expect(gini([1, 1, 1, 1])).toBe(0);
    expect(gini([0, 0, 0, 1])).toBeCloseTo(0.75, 12); // (n − 1) / n
    // [1, 2, 3]: mean absolute difference Σ|xi − xj| / n² = 8 / 9, / (2 × mean 2) = 2 / 9
    expect(gini([3, 1, 2])).toBeCloseTo(2 / 9, 12);
  });

  it('is null without value', () => {
    expect(gini([])).toBeNull();
    expect(gini([0, 0])).toBeNull();
  });
});
