/**
 * Predictive customer-value models: BG/NBD, MBG/NBD, Pareto/NBD (purchase counts and
 * P(alive)), Gamma-Gamma (spend), CLV over a horizon, and model comparison on a holdout.
 * The numerical building blocks they use are exported too.
 */
export * from '../math/index.ts';
export {
  type BgNbdParams,
  bgNbd,
  bgNbdConditionalExpectedPurchases,
  bgNbdExpectedPurchases,
  bgNbdLogLikelihood,
  bgNbdProbabilityAlive,
  fitBgNbd,
} from './bg-nbd/index.ts';
export { type ClvOptions, customerLifetimeValue } from './clv.ts';
export { compareModels, type ModelComparison } from './compare.ts';
export {
  type CompressedRepeatPurchases,
  type CompressedRows,
  compressRepeatPurchases,
  compressRows,
} from './compress.ts';
export {
  fitGammaGamma,
  type GammaGammaParams,
  gammaGammaExpectedSpend,
  type SpendData,
} from './gamma-gamma/index.ts';
export { evaluateHoldout, type HoldoutError, type HoldoutPurchases } from './holdout.ts';
export { fitMbgNbd, type MbgNbdParams, mbgNbd } from './mbg-nbd/index.ts';
export { fitNoDropout, type NoDropoutParams, noDropout } from './no-dropout/index.ts';
export {
  fitParetoNbd,
  type ParetoNbdParams,
  paretoNbd,
  paretoNbdConditionalExpectedPurchases,
  paretoNbdExpectedPurchases,
  paretoNbdLogLikelihood,
  paretoNbdProbabilityAlive,
} from './pareto-nbd/index.ts';
export type { FitOptions, PurchaseCountModel } from './purchase-count-model.ts';
export type {
  CustomerHistory,
  FitFailureReason,
  FitResult,
  Numbers,
  RepeatPurchaseData,
} from './types.ts';
export { describeInvalidRepeatPurchases } from './validate.ts';
