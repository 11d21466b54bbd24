import { describe, expect, it } from 'vitest';
import { analyzeCustomerValue, predictValue } from '../../src/pipeline/index.ts';
import { summarizeCustomers } from '../../src/summary/index.ts';
import { CDNOW_CALIBRATION_END, cdnowSampleTransactions } from './cdnow-transactions.ts';

/**
 * `intervals: false` (habitue analyze --no-intervals, --quick) evaluates each memoised history
 * once instead of 1 + k times: the figures must be the very same doubles, only the bounds go.
 */
const { transactions } = cdnowSampleTransactions();
const summary = summarizeCustomers(transactions, { asOfDay: CDNOW_CALIBRATION_END, unit: 'week' });
const options = { horizonDays: 365.25, monthlyDiscountRate: 0.01, margin: 0.3 };

describe('predictions without intervals', () => {
  const withIntervals = analyzeCustomerValue(summary, options);
  const fitted = withIntervals.fitted;
  const full = withIntervals.predictions!;
  const bare = predictValue(summary, fitted, { ...options, intervals: false })!;

  it('gives every customer the same P(alive), purchases, spend and CLV, to the last bit', () => {
    expect(Array.from(bare.pAlive)).toEqual(Array.from(full.pAlive));
    expect(Array.from(bare.expectedPurchases)).toEqual(Array.from(full.expectedPurchases));
    expect(Array.from(bare.expectedAvgSpendCents!)).toEqual(
      Array.from(full.expectedAvgSpendCents!),
    );
    expect(Array.from(bare.clvCents!)).toEqual(Array.from(full.clvCents!));
    expect(bare.totals.clvCents!.value).toBe(full.totals.clvCents!.value);
    expect(bare.totals.expectedPurchases.value).toBe(full.totals.expectedPurchases.value);
  });

  it('leaves every bound NaN, where the full run has them', () => {
    const finite = (a: Float64Array | null) => Array.from(a!).filter(Number.isFinite).length;
    expect(finite(full.clvLowCents)).toBeGreaterThan(0);
    for (const a of [bare.pAliveLow, bare.pAliveHigh, bare.expectedPurchasesLow, bare.clvHighCents])
      expect(finite(a)).toBe(0);
    expect(bare.totals.clvCents!.low).toBeNaN();
  });

  it('skips RFM only when asked', () => {
    expect(analyzeCustomerValue(summary, { ...options, rfm: false }).rfm).toEqual([]);
    expect(withIntervals.rfm.some((score) => score !== null)).toBe(true);
  });
});
