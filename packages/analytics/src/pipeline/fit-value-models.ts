import type { MinimizeResult } from '../math/optimizer-types.ts';
import { compressRepeatPurchases } from '../models/compress.ts';
import { fitGammaGamma } from '../models/gamma-gamma/index.ts';
import { fitNoDropout } from '../models/no-dropout/index.ts';
import type { CustomerSummary } from '../summary/customer-summary.ts';
import { fitPurchaseModel, standardErrors } from './fit-purchase-model.ts';
import type { FittedValueModels, ModelFit, Predictor, ValueModels } from './value-models.ts';
import {
  MIN_CUSTOMERS,
  MIN_REPEAT_CUSTOMERS,
  type PurchaseModelKey,
  type ValueOptions,
} from './value-options.ts';

const DEFAULT_MODELS: readonly PurchaseModelKey[] = ['bgNbd', 'paretoNbd'];

/**
 * Fits the purchase models on every customer's (x, t_x, T) — of the calibration summary when
 * there is one, checked on its holdout — and Gamma-Gamma on the repeat customers' mean spend,
 * then chooses the purchase model by the one rule of {@link ValueModels.chosen}. `warmStarts`:
 * optimiser results of fits on nearly the same data, by model, to start from.
 *
 * @example
 * const fitted = fitValueModels(summary, { horizonDays: 365, monthlyDiscountRate: 0.01, margin: 0.3 });
 * fitted.report.chosen; // { model: 'bgNbd', by: 'log-likelihood' }
 */
export function fitValueModels(
  summary: CustomerSummary,
  options: ValueOptions,
  warmStarts: Partial<Record<PurchaseModelKey, MinimizeResult>> = {},
): FittedValueModels {
  const source = options.calibration ?? summary;
  const keys = options.models ?? DEFAULT_MODELS;
  const customers: number[] = [];
  let repeat = 0;
  for (let c = 0; c < source.customerCount; c++) {
    if (source.purchaseDays[c] === 0) continue;
    customers.push(c);
    if (source.frequency[c]! > 0) repeat++;
  }
  const counts = {
    customers: customers.length,
    repeatCustomers: repeat,
    minimumCustomers: MIN_CUSTOMERS,
    minimumRepeatCustomers: MIN_REPEAT_CUSTOMERS,
  };
  if (customers.length < MIN_CUSTOMERS || repeat < MIN_REPEAT_CUSTOMERS) {
    const refused: ModelFit = {
      status: 'failed',
      reason: 'too-few-customers',
      message: `${customers.length} customers, ${repeat} who came back (the models need ${MIN_CUSTOMERS} and ${MIN_REPEAT_CUSTOMERS})`,
    };
    const purchase = Object.fromEntries(keys.map((k) => [k, refused]));
    return {
      report: { purchase, spend: refused, chosen: null, ...counts },
      purchase: null,
      spend: null,
    };
  }
  // A loop, not Float64Array.from(customers, mapFn): that calls the function through the
  // iterator protocol per element, ten times slower on 160,000 customers.
  const pick = (values: ArrayLike<number>) => {
    const picked = new Float64Array(customers.length);
    for (let i = 0; i < customers.length; i++) picked[i] = values[customers[i]!]!;
    return picked;
  };
  const data = {
    frequency: pick(source.frequency),
    recency: pick(source.recency),
    T: pick(source.T),
  };
  const holdout = source.holdout && {
    duration: source.holdout.duration,
    purchaseDays: pick(source.holdout.purchaseDays),
  };
  // Distinct histories, counted only when a Pareto/NBD limit asks (a pass over every customer).
  const tooManyForPareto = () =>
    options.maxParetoHistories !== undefined &&
    compressRepeatPurchases(data).weights.length > options.maxParetoHistories;
  const purchase: ValueModels['purchase'] = {};
  const predictors = new Map<PurchaseModelKey, Predictor>();
  // Every model is compared with the same no-dropout limit: fitted once, when first needed.
  let limit: ReturnType<typeof fitNoDropout> | undefined;
  const noDropoutFit = () => {
    limit ??= fitNoDropout(data);
    return limit;
  };
  for (const key of keys) {
    if (key === 'paretoNbd' && tooManyForPareto()) {
      purchase[key] = {
        status: 'failed',
        reason: 'skipped-too-large',
        message: `skipped: ${compressRepeatPurchases(data).weights.length} distinct histories (Pareto/NBD is fitted up to ${options.maxParetoHistories})`,
      };
      continue;
    }
    const { fit, predictor } = fitPurchaseModel(key, data, holdout, noDropoutFit, warmStarts[key]);
    purchase[key] = fit;
    if (predictor) predictors.set(key, predictor);
  }
  const chosen = chooseModel(keys, purchase, holdout !== null);
  // Spend: repeat customers whose refunds left a positive mean spend (the model needs > 0).
  const monetary = pick(source.monetaryRepeatCents).map((cents) => cents / 100);
  const started = performance.now();
  const spendFit = fitGammaGamma({
    frequency: data.frequency.map((x, i) => (monetary[i]! > 0 ? x : 0)),
    monetary,
  });
  const spendCovariance = spendFit.ok ? (spendFit.logCovariance ?? null) : null;
  const spend: ModelFit = spendFit.ok
    ? {
        status: 'fitted',
        params: { ...spendFit.params },
        standardErrors: standardErrors({ ...spendFit.params }, spendCovariance),
        logLikelihood: spendFit.logLikelihood,
        aic: 6 - 2 * spendFit.logLikelihood,
        holdout: null,
        warnings: [],
        seconds: (performance.now() - started) / 1000,
      }
    : { status: 'failed', reason: spendFit.reason, message: spendFit.message };
  return {
    report: { purchase, spend, chosen, ...counts },
    purchase: chosen ? predictors.get(chosen.model)! : null,
    spend: spendFit.ok ? { params: spendFit.params, logCovariance: spendCovariance } : null,
  };
}

/** The rule of {@link ValueModels.chosen}. */
function chooseModel(
  keys: readonly PurchaseModelKey[],
  fits: ValueModels['purchase'],
  byHoldout: boolean,
): ValueModels['chosen'] {
  const score = (fit: ModelFit | undefined) =>
    fit?.status !== 'fitted'
      ? Number.POSITIVE_INFINITY
      : byHoldout && fit.holdout
        ? fit.holdout.meanAbsoluteError
        : fit.aic;
  let best: PurchaseModelKey | null = null;
  for (const key of keys) {
    const s = score(fits[key]);
    if (Number.isFinite(s) && (best === null || s < score(fits[best]))) best = key;
  }
  return best === null ? null : { model: best, by: byHoldout ? 'holdout-error' : 'log-likelihood' };
}
