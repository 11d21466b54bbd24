/**
 * The one customer-value pipeline shared by the dashboard and `habitue analyze`
 * (docs/analytics/models.md): fits, choice, predictions with intervals, RFM, data sufficiency.
 */
export {
  analyzeCustomerValue,
  type CustomerValueAnalysis,
  forecastInputs,
  type SeasonsReport,
} from './analyze-customer-value.ts';
export {
  type DataSufficiency,
  dataSufficiency,
  type SufficiencyLevel,
} from './data-sufficiency.ts';
export { fitValueModels } from './fit-value-models.ts';
export { fittedFromText, fittedToText } from './fitted-json.ts';
export { type Estimate, predictValue, type ValuePredictions } from './predict-value.ts';
export { roundRange } from './round-range.ts';
export { scoreRfm } from './score-rfm.ts';
export type {
  FittedValueModels,
  HoldoutAccuracy,
  ModelFailureReason,
  ModelFit,
  ModelWarning,
  Predictor,
  ValueModels,
} from './value-models.ts';
export {
  DAYS_PER_MONTH,
  INTERVAL_LEVEL,
  MIN_CUSTOMERS,
  MIN_REPEAT_CUSTOMERS,
  PURCHASE_MODEL_KEYS,
  type PurchaseModelKey,
  type ValueOptions,
  Z_80,
} from './value-options.ts';
