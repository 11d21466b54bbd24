import { describe, expect, it } from 'vitest';
import { analyzeCustomerValue } from '../../src/pipeline/index.ts';
import { summarizeCustomers } from '../../src/summary/index.ts';
import { PUBLISHED } from '../models/published.ts';
import { CDNOW_CALIBRATION_END, CDNOW_END, cdnowSampleTransactions } from './cdnow-transactions.ts';

/**
 * The one pipeline against the CDNOW publications (Fader, Hardie & Lee 2005; lifetimes'
 * documentation): the 1/10 sample, 39-week calibration ending 1997-09-30, then its holdout.
 */
const { transactions, ids } = cdnowSampleTransactions();
const calibration = summarizeCustomers(transactions, {
  asOfDay: CDNOW_END,
  calibrationEndDay: CDNOW_CALIBRATION_END,
  unit: 'week',
});
const atCalibrationEnd = summarizeCustomers(transactions, {
  asOfDay: CDNOW_CALIBRATION_END,
  unit: 'week',
});
const options = { horizonDays: 39 * 7, monthlyDiscountRate: 0.01, margin: 1 };

/** Relative closeness. */
function expectNear(actual: number | undefined, expected: number, relative = 1e-3) {
  expect(Math.abs((actual ?? Number.NaN) - expected) / Math.abs(expected)).toBeLessThan(relative);
}

describe('the customer-value pipeline on CDNOW', () => {
  const analysis = analyzeCustomerValue(atCalibrationEnd, { ...options, calibration });
  const { purchase, spend, chosen } = analysis.fitted.report;

  it('finds the published BG/NBD, Pareto/NBD and Gamma-Gamma parameters', () => {
    const bg = purchase.bgNbd;
    const pareto = purchase.paretoNbd;
    if (bg?.status !== 'fitted' || pareto?.status !== 'fitted' || spend.status !== 'fitted')
      throw new Error('a fit failed');
    for (const k of ['r', 'alpha', 'a', 'b'] as const) expectNear(bg.params[k], PUBLISHED.bgNbd[k]);
    expectNear(bg.logLikelihood, PUBLISHED.bgNbd.logLikelihood, 1e-5);
    for (const k of ['r', 'alpha', 's', 'beta'] as const)
      expectNear(pareto.params[k], PUBLISHED.paretoNbd[k], 2e-3);
    expectNear(pareto.logLikelihood, PUBLISHED.paretoNbd.logLikelihood, 1e-5);
    for (const k of ['p', 'q', 'gamma'] as const)
      expectNear(spend.params[k], PUBLISHED.gammaGamma[k], 2e-3);
    expect(bg.warnings).toEqual([]);
  });

  it('gives the standard errors lifetimes prints for BG/NBD (Hessian at the optimum)', () => {
    const bg = purchase.bgNbd;
    if (bg?.status !== 'fitted') throw new Error('BG/NBD failed');
    // lifetimes' BetaGeoFitter summary on this sample: se(r) 0.0126, se(α) 0.378, se(a) 0.186, se(b) 0.705.
    expectNear(bg.standardErrors?.r, 0.012557, 0.02);
    expectNear(bg.standardErrors?.alpha, 0.378221, 0.02);
    expectNear(bg.standardErrors?.a, 0.185719, 0.02);
    expectNear(bg.standardErrors?.b, 0.705345, 0.02);
  });

  it('chooses the model by its holdout error and checks it on the 1,882 holdout purchases', () => {
    expect(chosen?.by).toBe('holdout-error');
    const bg = purchase.bgNbd;
    if (bg?.status !== 'fitted') throw new Error('BG/NBD failed');
    expect(bg.holdout).toMatchObject({ duration: 39, customers: 2357, actualPurchases: 1882 });
  });

  it('predicts customer 0001 as published, inside its interval', () => {
    const bgOnly = analyzeCustomerValue(atCalibrationEnd, { ...options, models: ['bgNbd'] });
    const c = ids.indexOf('0001');
    const p = bgOnly.predictions!;
    expectNear(p.expectedPurchases[c], PUBLISHED.bgNbdCustomer1.expected39Weeks, 1e-3);
    expectNear(p.pAlive[c], PUBLISHED.bgNbdCustomer1.probabilityAlive, 1e-3);
    expect(p.expectedPurchasesLow[c]).toBeLessThan(p.expectedPurchases[c]!);
    expect(p.expectedPurchasesHigh[c]).toBeGreaterThan(p.expectedPurchases[c]!);
    expect(p.pAliveLow[c]).toBeLessThan(p.pAlive[c]!);
    expect(p.pAliveHigh[c]).toBeGreaterThan(p.pAlive[c]!);
    expect(p.clvLowCents![c]).toBeLessThan(p.clvCents![c]!);
    expect(p.totals.expectedPurchases.low).toBeLessThan(p.totals.expectedPurchases.value);
  });

  it('scores RFM as of the analysis day: a purchase that day is 0 days old', () => {
    const last = analysis.rfm.filter((s) => s !== null).map((s) => s.recencyDays);
    expect(Math.min(...last)).toBe(0);
  });
});
