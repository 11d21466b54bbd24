import { describe, expect, it } from 'vitest';
import { analyzeCustomerValue, fittedFromText, fittedToText } from '../../src/pipeline/index.ts';
import { summarizeCustomers } from '../../src/summary/index.ts';
import { CDNOW_CALIBRATION_END, cdnowSampleTransactions } from './cdnow-transactions.ts';

/**
 * A fit kept as text (in the database, for every server process) must predict exactly what the
 * fit itself predicts: same model, same parameters to the last bit, same covariance.
 */
const { transactions } = cdnowSampleTransactions();
const summary = summarizeCustomers(transactions, { asOfDay: CDNOW_CALIBRATION_END, unit: 'week' });
const options = { horizonDays: 365, monthlyDiscountRate: 0.01, margin: 0.3 };

describe('a fit kept as text', () => {
  const first = analyzeCustomerValue(summary, options);

  it('comes back with the same model, parameters and report', () => {
    const back = fittedFromText(fittedToText(first.fitted));
    expect(back).not.toBeNull();
    expect(back!.purchase?.model).toBe(first.fitted.purchase?.model);
    expect(back!.purchase?.params).toEqual(first.fitted.purchase?.params);
    expect(back!.purchase?.logCovariance).toEqual(first.fitted.purchase?.logCovariance);
    expect(back!.spend).toEqual(first.fitted.spend);
    expect(back!.report).toEqual(first.fitted.report);
  });

  it('predicts every customer exactly as the fit it came from', () => {
    const again = analyzeCustomerValue(
      summary,
      options,
      fittedFromText(fittedToText(first.fitted))!,
    );
    expect(again.predictions).toEqual(first.predictions);
  });

  it('keeps infinities and NaN, and refuses a model it does not know', () => {
    const odd = {
      ...first.fitted,
      report: { ...first.fitted.report, oddities: [Number.POSITIVE_INFINITY, Number.NaN, -0.5] },
    };
    const back = fittedFromText(fittedToText(odd as typeof first.fitted));
    expect((back!.report as unknown as { oddities: number[] }).oddities).toEqual([
      Number.POSITIVE_INFINITY,
      Number.NaN,
      -0.5,
    ]);
    const stored = JSON.parse(fittedToText(first.fitted));
    stored.purchase.model = 'Gompertz';
    expect(fittedFromText(JSON.stringify(stored))).toBeNull();
  });
});
