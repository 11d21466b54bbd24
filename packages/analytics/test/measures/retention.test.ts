import { describe, expect, it } from 'vitest';
import {
  churnRate,
  customerRetentionRate,
  DAY_MS,
  repeatPurchaseRate,
  retentionFromPurchases,
} from '../../src/measures.ts';

const day = (n: number) => n * DAY_MS;
const buy = (customerId: string, dayNumber: number) => ({
  customerId,
  at: day(dayNumber),
  amountCents: 500,
});

describe('customerRetentionRate — CRR = (E − N) / S × 100', () => {
  it('reproduces seed 001: S = 200, E = 250, N = 70 → 90 %', () => {
    expect(customerRetentionRate({ atStart: 200, atEnd: 250, newDuringPeriod: 70 })).toBe(90);
  });

  it('is null when there was nobody at the start', () => {
    expect(customerRetentionRate({ atStart: 0, atEnd: 10, newDuringPeriod: 10 })).toBeNull();
  });
});

describe('churnRate', () => {
  it('is the share lost', () => {
    expect(churnRate({ atStart: 200, lost: 30 })).toBe(15);
    expect(churnRate({ atStart: 0, lost: 0 })).toBeNull();
  });
});

describe('retentionFromPurchases over [day 100, day 200)', () => {
  // a: active before and during → retained; b: active before only → lost;
  // c: new in the period; d: bought long ago, came back in the period → reactivated;
  // e: new in the period but only 100 days before the end, outside a 60-day window → not at the end.
  const purchases = [
    buy('a', 80),
    buy('a', 190),
    buy('b', 90),
    buy('c', 150),
    buy('c', 195),
    buy('d', 5),
    buy('d', 180),
    buy('e', 101),
  ];

  it('counts S, E, N with a 60-day activity window', () => {
    const result = retentionFromPurchases(purchases, {
      start: day(100),
      end: day(200),
      activeWithinMs: day(60),
    });
    // S: active in [40, 100) = a, b. E: active in [140, 200) = a, c, d. N: c.
    expect(result).toMatchObject({
      atStart: 2,
      atEnd: 3,
      newDuringPeriod: 1,
      retained: 1,
      lost: 1,
      reactivated: 1,
    });
    expect(result.retentionRatePercent).toBe(100); // (3 − 1) / 2: d's return counts as retention
    expect(result.strictRetentionRatePercent).toBe(50);
    expect(result.churnRatePercent).toBe(50);
  });

  it('is 100 % by construction under the "exists once bought" definition', () => {
    const result = retentionFromPurchases(purchases, { start: day(100), end: day(200) });
    // S = a, b, d (first purchase before 100); N = c, e; E = all five.
    expect(result).toMatchObject({
      atStart: 3,
      atEnd: 5,
      newDuringPeriod: 2,
      retained: 3,
      lost: 0,
    });
    expect(result.retentionRatePercent).toBe(100);
  });

  it('ignores purchases at or after the end', () => {
    const result = retentionFromPurchases([...purchases, buy('z', 200)], {
      start: day(100),
      end: day(200),
      activeWithinMs: day(60),
    });
    expect(result.atEnd).toBe(3);
  });
});

describe('repeatPurchaseRate', () => {
  it('is the share of customers with two purchases or more', () => {
    expect(
      repeatPurchaseRate([
        buy('a', 1),
        buy('a', 2),
        buy('b', 3),
        buy('c', 4),
        buy('c', 5),
        buy('c', 6),
        buy('d', 1),
      ]),
    ).toBe(50);
    expect(repeatPurchaseRate([])).toBeNull();
  });
});
