import { describe, expect, it } from 'vitest';
import type { PurchaseCountModel } from '../../src/models/purchase-count-model.ts';
import { analyzeCustomerValue } from '../../src/pipeline/index.ts';
import { predictValue } from '../../src/pipeline/predict-value.ts';
import type { ValueOptions } from '../../src/pipeline/value-options.ts';
import { summarizeCustomers } from '../../src/summary/index.ts';
import { CDNOW_CALIBRATION_END, cdnowSampleTransactions } from './cdnow-transactions.ts';

/**
 * The predictions from the BG/NBD family's analytic gradients against those from forward
 * differences (the same model without its gradient methods): the same values to the bit,
 * intervals within the forward differences' own error (~1e-5).
 */
const { transactions } = cdnowSampleTransactions();
const summary = summarizeCustomers(transactions, { asOfDay: CDNOW_CALIBRATION_END, unit: 'week' });

function withoutGradients(model: PurchaseCountModel<unknown>): PurchaseCountModel<unknown> {
  const {
    probabilityAliveWithLogGradient: _alive,
    conditionalExpectedPurchasesWithLogGradient: _conditional,
    ...plain
  } = model;
  return plain;
}

function expectRelative(
  actual: Float64Array | null,
  expected: Float64Array | null,
  tolerance: number,
) {
  if (!actual || !expected) throw new Error('no predictions');
  let compared = 0;
  for (let i = 0; i < expected.length; i++) {
    if (Number.isNaN(expected[i]!)) {
      expect(actual[i]).toBeNaN();
      continue;
    }
    compared++;
    const scale = Math.max(Math.abs(expected[i]!), 1e-300);
    expect(Math.abs(actual[i]! - expected[i]!) / scale, `customer ${i}`).toBeLessThan(tolerance);
  }
  expect(compared).toBeGreaterThan(1000);
}

describe.each<[string, 'bgNbd' | 'mbgNbd', Partial<ValueOptions>]>([
  ['BG/NBD, 39 weeks discounted', 'bgNbd', { horizonDays: 39 * 7, monthlyDiscountRate: 0.01 }],
  ['BG/NBD, a year undiscounted', 'bgNbd', { horizonDays: 365.25, monthlyDiscountRate: 0 }],
  ['MBG/NBD, 100 days discounted', 'mbgNbd', { horizonDays: 100, monthlyDiscountRate: 0.02 }],
])('predictValue on CDNOW with %s', (_, key, settings) => {
  const options: ValueOptions = {
    horizonDays: 365.25,
    monthlyDiscountRate: 0.01,
    margin: 1,
    models: [key],
    ...settings,
  };
  const fitted = analyzeCustomerValue(summary, options).fitted;
  const purchase = fitted.purchase;
  if (!purchase) throw new Error('no purchase model');
  const analytic = predictValue(summary, fitted, options);
  const differenced = predictValue(
    summary,
    { ...fitted, purchase: { ...purchase, model: withoutGradients(purchase.model) } },
    options,
  );
  if (!analytic || !differenced) throw new Error('no predictions');

  it('uses a model that offers the gradients', () => {
    expect(purchase.model.conditionalExpectedPurchasesWithLogGradient).toBeTypeOf('function');
    expect(purchase.logCovariance).not.toBeNull();
  });

  it('gives the same values, bit for bit', () => {
    expect(analytic.pAlive).toEqual(differenced.pAlive);
    expect(analytic.expectedPurchases).toEqual(differenced.expectedPurchases);
    expect(analytic.expectedAvgSpendCents).toEqual(differenced.expectedAvgSpendCents);
    expect(analytic.clvCents).toEqual(differenced.clvCents);
    expect(analytic.totals.activeCustomers.value).toBe(differenced.totals.activeCustomers.value);
    expect(analytic.totals.expectedPurchases.value).toBe(
      differenced.totals.expectedPurchases.value,
    );
    expect(analytic.totals.clvCents?.value).toBe(differenced.totals.clvCents?.value);
  });

  it('gives the intervals of forward differences within 1e-4', () => {
    expectRelative(analytic.pAliveLow, differenced.pAliveLow, 1e-4);
    expectRelative(analytic.pAliveHigh, differenced.pAliveHigh, 1e-4);
    expectRelative(analytic.expectedPurchasesLow, differenced.expectedPurchasesLow, 1e-4);
    expectRelative(analytic.expectedPurchasesHigh, differenced.expectedPurchasesHigh, 1e-4);
    expectRelative(analytic.clvLowCents, differenced.clvLowCents, 1e-4);
    expectRelative(analytic.clvHighCents, differenced.clvHighCents, 1e-4);
    for (const total of ['activeCustomers', 'expectedPurchases', 'clvCents'] as const) {
      const a = analytic.totals[total]!;
      const d = differenced.totals[total]!;
      expect(Math.abs(a.low - d.low) / d.low).toBeLessThan(1e-4);
      expect(Math.abs(a.high - d.high) / d.high).toBeLessThan(1e-4);
    }
  });
});

describe('predictValue over a horizon the monthly steps end on within rounding', () => {
  it('takes the horizon’s purchases from the last step: one evaluation per (x, T) pair, not two', () => {
    // 12 steps of 365/12 days end 7e-15 weeks from 365 days: the backtest's year.
    const options: ValueOptions = {
      horizonDays: 365,
      monthlyDiscountRate: 0,
      margin: 1,
      models: ['bgNbd'],
    };
    const fitted = analyzeCustomerValue(summary, options).fitted;
    const purchase = fitted.purchase;
    if (!purchase) throw new Error('no purchase model');
    const model = purchase.model;
    let evaluations = 0;
    const counting: PurchaseCountModel<unknown> = {
      ...model,
      conditionalExpectedPurchasesWithLogGradient(params, customer, t, gradient) {
        evaluations++;
        return model.conditionalExpectedPurchasesWithLogGradient!(params, customer, t, gradient);
      },
    };
    const predictions = predictValue(
      summary,
      { ...fitted, purchase: { ...purchase, model: counting } },
      options,
    );
    const pairs = new Set<string>();
    for (let c = 0; c < summary.customerCount; c++) {
      if (summary.purchaseDays[c] !== 0) pairs.add(`${summary.frequency[c]},${summary.T[c]}`);
    }
    expect(pairs.size).toBeGreaterThan(100);
    expect(evaluations).toBe(pairs.size);
    // And the horizon's purchases are the same figure within rounding.
    const direct = model.conditionalExpectedPurchases(
      purchase.params,
      { frequency: summary.frequency[0]!, recency: summary.recency[0]!, T: summary.T[0]! },
      365 / 7,
    );
    expect(predictions?.expectedPurchases[0]).toBeCloseTo(direct, 12);
  });
});
