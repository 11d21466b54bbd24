import { describe, expect, it } from 'vitest';
import { hyp2f1Series } from '../../src/math/hyp2f1-series.ts';

// ₂F₁(a, b; b; z) = (1 − z)^(−a): a closed form to check the series against.
describe('hyp2f1Series', () => {
  it('keeps ln F exact when the sum is rescaled past 1e200', () => {
    const f = hyp2f1Series(300, 1, 1, 0.9);
    expect(f.sign).toBe(1);
    expect(f.log).toBeCloseTo(300 * Math.log(10), 9);
  });

  it('refuses a sum whose terms cancel far beyond its digits', () => {
    // Terms up to ~1e7 alternate in sign to a sum of 1.9^-30 ≈ 4e-9.
    expect(hyp2f1Series(30, 1, 1, -0.9).log).toBeNaN();
  });

  it('accepts alternating terms that lose only a few digits', () => {
    const f = hyp2f1Series(3, 1, 1, -0.5);
    expect(f.sign).toBe(1);
    expect(Math.exp(f.log)).toBeCloseTo(1.5 ** -3, 12);
  });
});
