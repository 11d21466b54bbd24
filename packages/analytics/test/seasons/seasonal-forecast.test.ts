import { describe, expect, it } from 'vitest';
import { forecastInputs } from '../../src/pipeline/analyze-customer-value.ts';
import { analyzeCustomerValue, fitValueModels } from '../../src/pipeline/index.ts';
import { purchaseCalendar } from '../../src/seasons/index.ts';
import { summarizeCustomers } from '../../src/summary/index.ts';
import { epochDay, seasonalShop } from './seasonal-shop.ts';

const HORIZON = 120;
const options = {
  horizonDays: HORIZON,
  monthlyDiscountRate: 0.01,
  margin: 0.3,
  models: ['bgNbd'] as const,
};

/** One seed: the total forecast over the 120 days after 1 September, with and without seasons. */
function forecastAgainstTruth(seed: number, amplitude = 0.3) {
  const asOf = epochDay(2026, 8, 1);
  const tx = seasonalShop(
    seed,
    Date.UTC(2024, 8, 1),
    Date.UTC(2026, 8, 1 + HORIZON + 1),
    amplitude,
  );
  const summary = summarizeCustomers(tx, { asOfDay: asOf, unit: 'week' });
  const truth = summarizeCustomers(tx, {
    asOfDay: asOf + HORIZON,
    calibrationEndDay: asOf,
    unit: 'week',
  });
  let actual = 0;
  for (let c = 0; c < tx.customerCount; c++) {
    if (summary.purchaseDays[c]! > 0) actual += truth.holdout!.purchaseDays[c]!;
  }
  const stationary = analyzeCustomerValue(summary, options);
  const seasonal = analyzeCustomerValue(summary, {
    ...options,
    calendar: purchaseCalendar(tx, asOf),
  });
  return {
    actual,
    stationary: stationary.predictions!.totals.expectedPurchases.value,
    seasonal: seasonal.predictions!.totals.expectedPurchases.value,
    monthly: seasonal.seasons.estimate,
  };
}

describe('seasons on the simulator (±30 % peaking mid-December, fit ending 1 September)', () => {
  it('forecasts the next 120 days within 10 % on average over 20 seeds, where the stationary model under-forecasts by a fifth', () => {
    const runs = Array.from({ length: 20 }, (_, i) => forecastAgainstTruth(1000 + i));
    const meanError = (key: 'stationary' | 'seasonal') =>
      runs.reduce((s, r) => s + (r[key] - r.actual) / r.actual, 0) / runs.length;
    expect(Math.abs(meanError('seasonal'))).toBeLessThan(0.1);
    // The issue expected a miss of more than 20 %; with its setup exactly (peak on day 348 =
    // 15 December, fit through 1 September, forecast 2 September–30 December) the stationary
    // model misses by 19.9 % (−0.1991, standard error 0.005 over the seeds): the horizon's
    // purchases are 17.6 % above a flat year's (the mean of 1 + 0.3 cos over those days is
    // 1.179), but a daily regular's extra purchases often fall on a day they came anyway, so
    // purchase days — what the models count — rise 16.0 %; the summer's lull read as departures
    // takes about 7 % more. A fifth is what this setup gives; the flat control below shows it is the
    // seasons' doing, not the model's.
    expect(meanError('stationary')).toBeLessThan(-0.19);
  });

  it('the same shop without seasons: the stationary model is right on average (the control)', () => {
    const runs = Array.from({ length: 20 }, (_, i) => forecastAgainstTruth(1000 + i, 0));
    const mean = runs.reduce((s, r) => s + (r.stationary - r.actual) / r.actual, 0) / runs.length;
    expect(Math.abs(mean)).toBeLessThan(0.02);
  });

  it('finds the pattern: December about 30 % above June–July’s trough around the mean', () => {
    const { monthly } = forecastAgainstTruth(1000);
    if (monthly?.status !== 'estimated') throw new Error('no seasons estimated');
    // True monthly means of 1 + 0.3 cos(…): December ≈ 1.28, June ≈ 0.72 (shrinkage pulls a little).
    expect(monthly.monthly[11]).toBeGreaterThan(1.15);
    expect(monthly.monthly[5]).toBeLessThan(0.85);
    expect(monthly.monthly[2]).toBeGreaterThan(0.9);
    expect(monthly.monthly[2]).toBeLessThan(1.1);
  });
});

describe('the fit on the seasons’ scale, started from their last round', () => {
  it('is the fit a cold start finds on that scale, to 5 digits (ln L to 9)', () => {
    const asOf = epochDay(2026, 8, 1);
    const tx = seasonalShop(1000, Date.UTC(2024, 8, 1), Date.UTC(2026, 8, 2), 0.3);
    const summary = summarizeCustomers(tx, { asOfDay: asOf, unit: 'week' });
    const analysis = analyzeCustomerValue(summary, {
      ...options,
      calendar: purchaseCalendar(tx, asOf),
    });
    const { scaled } = forecastInputs(summary, analysis.seasons.estimate);
    const cold = fitValueModels(scaled(summary), options).report.purchase.bgNbd;
    const warm = analysis.fitted.report.purchase.bgNbd;
    if (cold?.status !== 'fitted' || warm?.status !== 'fitted') throw new Error('no fit');
    for (const key of ['r', 'alpha', 'a', 'b']) {
      // Both stop at the gradient test, which leaves the flattest direction (a with b) known to
      // about 1e-6: far inside the standard errors (a few per cent), ln L the same to 1e-9.
      expect(warm.params[key]! / cold.params[key]! - 1).toBeCloseTo(0, 5);
    }
    expect(warm.logLikelihood / cold.logLikelihood - 1).toBeCloseTo(0, 9);
  });
});
