import type { RfmScore } from '../rfm/rfm-scores.ts';
import type { CustomerSummary } from '../summary/customer-summary.ts';
import { type DataSufficiency, dataSufficiency } from './data-sufficiency.ts';
import { fitValueModels } from './fit-value-models.ts';
import { predictValue, type ValuePredictions } from './predict-value.ts';
import { scoreRfm } from './score-rfm.ts';
import type { FittedValueModels } from './value-models.ts';
import type { ValueOptions } from './value-options.ts';

/** Everything the dashboard and `habitue analyze` show about customer value. */
export interface CustomerValueAnalysis {
  fitted: FittedValueModels;
  /** Null when no purchase model could be fitted. */
  predictions: ValuePredictions | null;
  rfm: (RfmScore | null)[];
  sufficiency: DataSufficiency;
}

/**
 * The one customer-value pipeline: summary + options → the model fits (with standard errors),
 * the model chosen and why, per-customer predictions with 80 % intervals, RFM and how much data
 * it all rests on. `reuse` skips the fits (a recent fit of a customer base that barely moved).
 *
 * @example
 * const summary = summarizeCustomers(transactions, { asOfDay, unit: 'week' });
 * const analysis = analyzeCustomerValue(summary, { horizonDays: 365.25, monthlyDiscountRate: 0.01, margin: 0.3 });
 * analysis.fitted.report.chosen; // { model: 'bgNbd', by: 'log-likelihood' }
 * analysis.predictions?.totals.clvCents; // { value, low, high }
 */
export function analyzeCustomerValue(
  summary: CustomerSummary,
  options: ValueOptions,
  reuse?: FittedValueModels,
): CustomerValueAnalysis {
  const fitted = reuse ?? fitValueModels(summary, options);
  return {
    fitted,
    predictions: predictValue(summary, fitted, options),
    rfm: scoreRfm(summary),
    sufficiency: dataSufficiency(summary),
  };
}
