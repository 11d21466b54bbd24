import { describe, expect, it } from 'vitest';
import { differenceOfMeans, differenceOfProportions } from './lift.ts';

describe('difference against the control group, with a 90 % interval', () => {
  it('matches a difference of proportions computed by hand', () => {
    // p1 = 0.3, p2 = 0.2; se = sqrt(0.21/100 + 0.16/100) = sqrt(0.0037) = 0.0608276253
    // 1.6448536 × 0.0608276 = 0.1000525
    const d = differenceOfProportions({ successes: 30, n: 100 }, { successes: 20, n: 100 });
    expect(d.difference).toBeCloseTo(0.1, 12);
    expect(d.interval90!.low).toBeCloseTo(-0.0000525, 6);
    expect(d.interval90!.high).toBeCloseTo(0.2000525, 6);
  });

  it('matches a difference of means computed by hand (Welch)', () => {
    // means 4 and 2; variances 4 and 2; se = sqrt(4/3 + 2/2) = sqrt(2.3333) = 1.5275252317
    // 1.6448536 × 1.5275252 = 2.5125554
    const d = differenceOfMeans([2, 4, 6], [1, 3]);
    expect(d.difference).toBe(2);
    expect(d.interval90!.low).toBeCloseTo(-0.5125554, 6);
    expect(d.interval90!.high).toBeCloseTo(4.5125554, 6);
  });

  it('gives no interval when a group is too small, and no difference when one is empty', () => {
    expect(differenceOfMeans([5], [1, 2]).interval90).toBeNull();
    expect(
      differenceOfProportions({ successes: 1, n: 1 }, { successes: 0, n: 5 }).interval90,
    ).toBeNull();
    expect(Number.isNaN(differenceOfMeans([], [1]).difference)).toBe(true);
  });
});
