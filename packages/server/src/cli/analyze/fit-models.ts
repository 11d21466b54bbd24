import type { CustomerSummary } from '@habitue/analytics';
import type { ModelsReport } from './analysis-report.ts';
import type { AnalyzeOptions } from './analyze-options.ts';

/** Per-customer model outputs by customer index; null when no model could produce them. */
export interface Predictions {
  pAlive: Float64Array | null;
  /** Expected purchases over the horizon. */
  expectedPurchases: Float64Array | null;
  expectedAvgSpendCents: Float64Array | null;
  clvCents: Float64Array | null;
}

/** Fits the purchase-count and spend models and predicts each customer's future. */
export function fitModels(
  _calibration: CustomerSummary,
  _full: CustomerSummary,
  _options: AnalyzeOptions,
): { models: ModelsReport; predictions: Predictions } {
  return {
    models: { bgnbd: null, paretonbd: null, gammagamma: null, chosen: null },
    predictions: {
      pAlive: null,
      expectedPurchases: null,
      expectedAvgSpendCents: null,
      clvCents: null,
    },
  };
}
