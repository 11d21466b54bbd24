import {
  bgNbd,
  type CustomerSummary,
  compareModels,
  fitGammaGamma,
  type GammaGammaParams,
  type ModelComparison,
  type PurchaseCountModel,
  paretoNbd,
} from '@habitue/analytics';
import type { ModelReport, ModelsReport } from './analysis-report.ts';
import type { AnalyzeOptions } from './analyze-options.ts';
import { type Predictions, predictCustomers } from './predict-customers.ts';

export type { Predictions } from './predict-customers.ts';

/**
 * Below this, four parameters fitted on a handful of customers mean nothing (and the optimiser
 * wanders for seconds before giving up): the fits are refused with a clear reason instead.
 */
const MIN_CUSTOMERS = 20;
const MIN_REPEAT_CUSTOMERS = 5;

const PURCHASE_MODELS = { bgnbd: bgNbd, paretonbd: paretoNbd } as const;
type PurchaseModelKey = keyof typeof PURCHASE_MODELS;

/**
 * Fits BG/NBD and Pareto/NBD on the calibration summary (with their holdout error when there
 * is a holdout) and Gamma-Gamma on the repeat customers' spend; keeps the purchase model with
 * the smallest holdout error, or the best AIC without a holdout; predicts every customer with it.
 * A failed fit is reported as such and its predictions stay null.
 */
export function fitModels(
  calibration: CustomerSummary,
  full: CustomerSummary,
  options: AnalyzeOptions,
): { models: ModelsReport; predictions: Predictions } {
  const customers = customersWithPurchases(calibration);
  const repeatCustomers = customers.filter((c) => calibration.frequency[c]! > 0).length;
  if (customers.length < MIN_CUSTOMERS || repeatCustomers < MIN_REPEAT_CUSTOMERS) {
    return tooFewCustomers(customers.length, repeatCustomers);
  }
  const pick = (values: ArrayLike<number>) => Float64Array.from(customers, (c) => values[c]!);
  const data = {
    frequency: pick(calibration.frequency),
    recency: pick(calibration.recency),
    T: pick(calibration.T),
  };
  const holdout = calibration.holdout && {
    duration: calibration.holdout.duration,
    purchaseDays: pick(calibration.holdout.purchaseDays),
  };
  const keys = options.models;
  const comparisons = compareModels(
    keys.map((k) => PURCHASE_MODELS[k] as PurchaseCountModel<unknown>),
    data,
    holdout ?? undefined,
  );
  const reports: Record<PurchaseModelKey, ModelReport | null> = { bgnbd: null, paretonbd: null };
  keys.forEach((k, i) => {
    reports[k] = purchaseModelReport(comparisons[i]!, holdout?.duration ?? null);
  });
  const chosen = choosePurchaseModel(keys, comparisons, holdout !== null);
  // Spend fit: repeat customers whose refunds left a positive mean spend (the model needs > 0).
  const monetary = pick(calibration.monetaryRepeatCents).map((cents) => cents / 100);
  const spendFit = fitGammaGamma({
    frequency: data.frequency.map((x, i) => (monetary[i]! > 0 ? x : 0)),
    monetary,
  });
  const gammagamma: ModelReport = spendFit.ok
    ? {
        status: 'fitted',
        params: { ...spendFit.params },
        logLikelihood: spendFit.logLikelihood,
        aic: 6 - 2 * spendFit.logLikelihood,
        holdout: null,
      }
    : { status: 'failed', reason: spendFit.reason, message: spendFit.message };
  const chosenComparison = chosen === null ? null : comparisons[keys.indexOf(chosen.model)]!;
  const predictions = predictCustomers(full, options, {
    model: chosen === null ? null : (PURCHASE_MODELS[chosen.model] as PurchaseCountModel<unknown>),
    params: chosenComparison?.ok ? chosenComparison.params : null,
    spend: spendFit.ok ? (spendFit.params as GammaGammaParams) : null,
  });
  return { models: { ...reports, gammagamma, chosen }, predictions };
}

function tooFewCustomers(customers: number, repeat: number) {
  const refused: ModelReport = {
    status: 'failed',
    reason: 'too-few-customers',
    message: `${customers} customers, ${repeat} repeat (needs ${MIN_CUSTOMERS} and ${MIN_REPEAT_CUSTOMERS})`,
  };
  return {
    models: { bgnbd: refused, paretonbd: refused, gammagamma: refused, chosen: null },
    predictions: predictCustomers(null, null, { model: null, params: null, spend: null }),
  };
}

function customersWithPurchases(summary: CustomerSummary): number[] {
  const customers: number[] = [];
  for (let c = 0; c < summary.customerCount; c++)
    if (summary.purchaseDays[c]! > 0) customers.push(c);
  return customers;
}

function purchaseModelReport(
  comparison: ModelComparison,
  holdoutDuration: number | null,
): ModelReport {
  if (!comparison.ok)
    return { status: 'failed', reason: comparison.reason, message: comparison.message };
  const h = comparison.holdout;
  return {
    status: 'fitted',
    params: { ...(comparison.params as Record<string, number>) },
    logLikelihood: comparison.logLikelihood,
    aic: comparison.aic,
    holdout:
      h && holdoutDuration !== null
        ? {
            duration: holdoutDuration,
            customers: h.customers,
            actualPurchases: h.totalActual,
            predictedPurchases: h.totalPredicted,
            meanAbsoluteError: h.meanAbsoluteError,
            rootMeanSquaredError: h.rootMeanSquaredError,
          }
        : null,
  };
}

function choosePurchaseModel(
  keys: PurchaseModelKey[],
  comparisons: ModelComparison[],
  byHoldout: boolean,
): ModelsReport['chosen'] {
  const score = (c: ModelComparison) =>
    !c.ok ? Number.POSITIVE_INFINITY : byHoldout && c.holdout ? c.holdout.meanAbsoluteError : c.aic;
  let best = -1;
  comparisons.forEach((c, i) => {
    if (Number.isFinite(score(c)) && (best < 0 || score(c) < score(comparisons[best]!))) best = i;
  });
  return best < 0
    ? null
    : { model: keys[best]!, by: byHoldout ? 'holdout-error' : 'log-likelihood' };
}
