import { describe, expect, it } from 'vitest';
import { bgNbd } from '../../src/models/index.ts';
import { seasonalClock } from '../../src/seasons/seasonal-clock.ts';
import { seasonalModel } from '../../src/seasons/seasonal-model.ts';

describe('the seasonal wrapper and the analytic gradients', () => {
  // A strong December: the warped horizon differs from the calendar one.
  const clock = seasonalClock([1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1.2, 2.5]);
  const fromDay = 20_400; // 2025-11-08
  const seasonal = seasonalModel(bgNbd, clock, fromDay, 7);
  const params = { r: 0.24, alpha: 4.4, a: 0.79, b: 2.4 };
  const customer = { frequency: 3, recency: 20, T: 38.86 };

  it('warps t in the gradient version as in the value: the same value, bit for bit', () => {
    const gradient = new Float64Array(4);
    const value = seasonal.conditionalExpectedPurchasesWithLogGradient!(
      params,
      customer,
      10,
      gradient,
    );
    expect(value).toBe(seasonal.conditionalExpectedPurchases(params, customer, 10));
    expect(value).not.toBe(bgNbd.conditionalExpectedPurchases(params, customer, 10));
  });

  it('passes the parameters’ gradients through (the clock moves t only)', () => {
    const throughWrapper = new Float64Array(4);
    const direct = new Float64Array(4);
    const t = 10;
    seasonal.conditionalExpectedPurchasesWithLogGradient!(params, customer, t, throughWrapper);
    const operational = (clock.at(fromDay + t * 7) - clock.at(fromDay)) / 7;
    bgNbd.conditionalExpectedPurchasesWithLogGradient!(params, customer, operational, direct);
    expect([...throughWrapper]).toEqual([...direct]);
    const alive = new Float64Array(4);
    seasonal.probabilityAliveWithLogGradient!(params, customer, alive);
    const aliveDirect = new Float64Array(4);
    bgNbd.probabilityAliveWithLogGradient!(params, customer, aliveDirect);
    expect([...alive]).toEqual([...aliveDirect]);
  });
});
