import { describe, expect, it } from 'vitest';
import { pointsToCover, pointsWorth } from './points-money.ts';

describe('points as money at the counter', () => {
  const rate = { points: 100, cents: 100 };
  it('values points rounded down', () => {
    expect(pointsWorth({ points: 1_000, cents: 10 }, 150)).toBe(1);
    expect(pointsWorth(rate, 250)).toBe(250);
  });
  it('suggests what pays the amount due, within the balance', () => {
    expect(pointsToCover(rate, 850, 2_000)).toBe(850);
    expect(pointsToCover(rate, 850, 300)).toBe(300);
    expect(pointsToCover({ points: 10, cents: 3 }, 100, 10_000)).toBe(334);
    expect(pointsToCover(rate, 0, 300)).toBe(0);
  });
});
