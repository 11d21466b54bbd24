import { describe, expect, it } from 'vitest';
import { analyzeCustomerValue } from '../../src/pipeline/index.ts';
import { purchaseCalendar } from '../../src/seasons/index.ts';
import { summarizeCustomers } from '../../src/summary/index.ts';
import {
  CDNOW_CALIBRATION_END,
  CDNOW_END,
  cdnowSampleTransactions,
} from '../pipeline/cdnow-transactions.ts';

/**
 * Seasons on CDNOW (a cohort that joined in the first quarter of 1997, followed to June 1998):
 * whatever the split, a forecast with seasons is not worse against the holdout than without.
 */
const { transactions } = cdnowSampleTransactions();
const options = {
  horizonDays: 0,
  monthlyDiscountRate: 0.01,
  margin: 1,
  models: ['bgNbd'] as const,
};

function holdoutErrors(calibrationEnd: number) {
  const summary = summarizeCustomers(transactions, { asOfDay: calibrationEnd, unit: 'week' });
  const truth = summarizeCustomers(transactions, {
    asOfDay: CDNOW_END,
    calibrationEndDay: calibrationEnd,
    unit: 'week',
  });
  let actual = 0;
  for (let c = 0; c < transactions.customerCount; c++) {
    if (summary.purchaseDays[c]! > 0) actual += truth.holdout!.purchaseDays[c]!;
  }
  const horizon = { ...options, horizonDays: CDNOW_END - calibrationEnd };
  const stationary = analyzeCustomerValue(summary, horizon);
  const seasonal = analyzeCustomerValue(summary, {
    ...horizon,
    calendar: purchaseCalendar(transactions, calibrationEnd),
  });
  const error = (a: typeof seasonal) =>
    Math.abs(a.predictions!.totals.expectedPurchases.value - actual) / actual;
  return { stationary: error(stationary), seasonal: error(seasonal), analysis: seasonal };
}

describe('seasons on CDNOW', () => {
  it('leaves the classic 39-week calibration alone (less than a year: no seasons) and says the forecast reaches unseen months', () => {
    const { stationary, seasonal, analysis } = holdoutErrors(CDNOW_CALIBRATION_END);
    expect(seasonal).toBe(stationary);
    expect(analysis.seasons.estimate?.status).toBe('too-short');
    // January to September 1997 seen; October 1997 to June 1998 only partly (Jan–Jun were seen).
    expect(analysis.seasons.unseenShare).toBeGreaterThan(0.3);
    const total = analysis.predictions!.totals.expectedPurchases;
    expect(total.high - total.value).toBeGreaterThan(0.1 * total.value);
  });

  // Thirteen months of a new cohort: only January is seen twice, and it moves so much from 1997
  // to 1998 (the cohort's first weeks) that no month is trusted to be a season: factors of 1.
  it('is not worse with a calibration of more than a year (to 31 January 1998, five months of holdout)', () => {
    const { stationary, seasonal, analysis } = holdoutErrors(Date.UTC(1998, 0, 31) / 86_400_000);
    expect(analysis.seasons.estimate?.status).toBe('estimated');
    expect(seasonal).toBeLessThanOrEqual(stationary);
  });
});
