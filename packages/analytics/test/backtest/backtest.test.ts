import { describe, expect, it } from 'vitest';
import { backtestForecast, normalisedGini } from '../../src/backtest/index.ts';
import {
  CDNOW_CALIBRATION_END,
  CDNOW_END,
  cdnowSampleTransactions,
} from '../pipeline/cdnow-transactions.ts';
import { epochDay, seasonalShop } from '../seasons/seasonal-shop.ts';

const value = {
  horizonDays: 182,
  monthlyDiscountRate: 0.01,
  margin: 0.3,
  models: ['bgNbd'] as const,
};

describe('the normalised Gini', () => {
  it('is 1 for a perfect order, −1 backwards, and ignores the scale of the forecast', () => {
    expect(normalisedGini([0, 1, 5, 2], [0, 1, 9, 3])).toBeCloseTo(1, 12);
    expect(normalisedGini([0, 1, 5, 2], [9, 3, 0, 1])).toBeCloseTo(-1, 12);
    expect(normalisedGini([0, 1, 5, 2], [0, 10, 90, 30])).toBeCloseTo(1, 12);
    expect(normalisedGini([0, 0], [1, 2])).toBeNaN();
  });
});

describe('the backtest on the simulator (a stationary boulangerie, two years, six months held out)', () => {
  const runs = Array.from({ length: 8 }, (_, i) => {
    const tx = seasonalShop(2000 + i, Date.UTC(2024, 0, 1), Date.UTC(2026, 0, 1), 0);
    return backtestForecast(tx, {
      asOfDay: epochDay(2025, 11, 31),
      unit: 'week',
      value,
      seasons: true,
    });
  });
  const done = runs.map((r) => {
    if (r.status !== 'done') throw new Error(`backtest ${r.status}`);
    return r;
  });

  it('forecasts the held-out total within 5 % on average over 8 seeds, inside its interval most of the time', () => {
    const errors = done.map((r) => r.total.predictedPurchases.value / r.total.actualPurchases - 1);
    const mean = errors.reduce((s, e) => s + e, 0) / errors.length;
    expect(Math.abs(mean)).toBeLessThan(0.05);
    for (const e of errors) expect(Math.abs(e)).toBeLessThan(0.15);
  });

  it('is calibrated by decile: each of the top five deciles within 15 % of what its customers did, summed over seeds', () => {
    for (let d = 0; d < 5; d++) {
      const predicted = done.reduce((s, r) => s + r.deciles[d]!.predictedPurchases, 0);
      const actual = done.reduce((s, r) => s + r.deciles[d]!.actualPurchases, 0);
      expect(Math.abs(predicted / actual - 1)).toBeLessThan(0.15);
    }
  });

  it('ranks customers well (normalised Gini above 0.6) and follows the months', () => {
    for (const r of done) {
      expect(r.gini).toBeGreaterThan(0.6);
      expect(r.months).toHaveLength(6);
      expect(r.months[0]!.firstDay).toBe(r.calibrationEndDay + 1);
      expect(r.months.at(-1)!.lastDay).toBe(r.asOfDay);
      const sum = r.months.reduce((s, m) => s + m.actualPurchases, 0);
      expect(sum).toBe(r.total.actualPurchases);
      for (const m of r.months) {
        expect(Math.abs(m.predictedPurchases / m.actualPurchases - 1)).toBeLessThan(0.2);
      }
    }
  });

  it('forecasts months that add up to the forecast of the whole held-out period', () => {
    for (const r of done) {
      const months = r.months.reduce((s, m) => s + m.predictedPurchases, 0);
      expect(months / r.total.predictedPurchases.value - 1).toBeCloseTo(0, 10);
    }
  });

  it('says when the history is too short (less than twice the horizon)', () => {
    const tx = seasonalShop(7, Date.UTC(2025, 6, 1), Date.UTC(2026, 0, 1), 0);
    const r = backtestForecast(tx, {
      asOfDay: epochDay(2025, 11, 31),
      unit: 'week',
      value,
      seasons: true,
    });
    expect(r).toMatchObject({ status: 'too-short', neededDays: 364 });
  });
});

describe('the backtest on CDNOW (the classic 39-week calibration, 39-week holdout)', () => {
  const { transactions } = cdnowSampleTransactions();
  const r = backtestForecast(transactions, {
    asOfDay: CDNOW_END,
    unit: 'week',
    value: { horizonDays: 39 * 7, monthlyDiscountRate: 0, margin: 1, models: ['bgNbd'] },
    seasons: true,
  });

  it('holds out weeks 40–78: 1,653 purchase days forecast for 1,882 (−12 %), inside the 80 % interval', () => {
    if (r.status !== 'done') throw new Error(r.status);
    expect(r.calibrationEndDay).toBe(CDNOW_CALIBRATION_END);
    expect(r.customers).toBe(2357);
    expect(r.seasonal).toBe(false); // 39 weeks: less than a year, no seasons
    expect(r.total.actualPurchases).toBe(1882);
    // BG/NBD with the published parameters (r 0.243, α 4.41, a 0.793, b 2.43) under-forecasts
    // this cohort's second year a little (docs/analytics/backtest.md).
    expect(r.total.predictedPurchases.value).toBeCloseTo(1653.4, 0);
    expect(r.total.predictedPurchases.high).toBeGreaterThan(1882);
    expect(r.months).toHaveLength(9);
  });

  it('ranks the customers (normalised Gini 0.66) and gets the top decile right within 3 %', () => {
    if (r.status !== 'done') throw new Error(r.status);
    expect(r.gini).toBeGreaterThan(0.6);
    const top = r.deciles[0]!;
    expect(Math.abs(top.predictedPurchases / top.actualPurchases - 1)).toBeLessThan(0.03);
  });
});
