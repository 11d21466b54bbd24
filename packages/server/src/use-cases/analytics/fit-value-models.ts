import {
  bgNbd,
  type CustomerSummary,
  compressRepeatPurchases,
  customerLifetimeValue,
  daysPerUnit,
  type FitResult,
  fitGammaGamma,
  type GammaGammaParams,
  gammaGammaExpectedSpend,
  type PurchaseCountModel,
  paretoNbd,
} from '@habitue/analytics';
import type { AnalyticsSettings } from './analytics-settings.ts';

/** Below this, four parameters fitted on a handful of customers mean nothing: no fit, said so. */
export const MIN_CUSTOMERS = 20;
export const MIN_REPEAT_CUSTOMERS = 5;
/** Pareto/NBD's finite-difference fit costs ~2 ms per distinct history: beyond this, BG/NBD alone. */
const PARETO_MAX_HISTORIES = 5_000;

export type PurchaseModelKey = 'bgNbd' | 'paretoNbd';
const MODELS: Record<PurchaseModelKey, PurchaseCountModel<unknown>> = {
  bgNbd: bgNbd as PurchaseCountModel<unknown>,
  paretoNbd: paretoNbd as PurchaseCountModel<unknown>,
};

/** One model's fit, as reported to the owner: parameters and log-likelihood, or why not. */
export type ModelFit =
  | { status: 'fitted'; params: Record<string, number>; logLikelihood: number; seconds: number }
  | { status: 'failed'; reason: string; message: string };

export interface ValueModels {
  bgNbd: ModelFit;
  paretoNbd: ModelFit;
  gammaGamma: ModelFit;
  /** The purchase model used for predictions: the higher log-likelihood (both have 4 parameters). */
  chosen: PurchaseModelKey | null;
  /** When the parameters were estimated (they are reused for a while: see `reusableFit`). */
  fittedAt: string;
  /** Customers with at least one purchase, and those who came back, that the fits saw. */
  customers: number;
  repeatCustomers: number;
  /** What the fits need (MIN_CUSTOMERS, MIN_REPEAT_CUSTOMERS), for screens to say it. */
  minimumCustomers: number;
  minimumRepeatCustomers: number;
}

/** Per-customer predictions by customer index; null when no model could produce them. */
export interface ValuePredictions {
  pAlive: Float64Array | null;
  expectedPurchases: Float64Array | null;
  expectedAvgSpendCents: Float64Array | null;
  clvCents: Float64Array | null;
}

const DAYS_PER_MONTH = 365.25 / 12;

function report<P extends object>(fit: FitResult<P>, started: number): ModelFit {
  if (!fit.ok) return { status: 'failed', reason: fit.reason, message: fit.message };
  return {
    status: 'fitted',
    params: { ...(fit.params as Record<string, number>) },
    logLikelihood: fit.logLikelihood,
    seconds: (performance.now() - started) / 1000,
  };
}

/**
 * Fits BG/NBD and Pareto/NBD on every customer's (x, t_x, T) and Gamma-Gamma on the repeat
 * customers' mean spend. The fits compress identical histories first, so their cost grows with
 * the number of distinct histories, not of customers. Returns the parameters (to predict with)
 * and the report.
 */
export interface FittedValueModels {
  models: ValueModels;
  params: { purchase: unknown; spend: GammaGammaParams | null };
}

export function fitValueModels(summary: CustomerSummary, now: Date): FittedValueModels {
  const fittedAt = now.toISOString();
  const customers: number[] = [];
  let repeat = 0;
  for (let c = 0; c < summary.customerCount; c++) {
    if (summary.purchaseDays[c]! === 0) continue;
    customers.push(c);
    if (summary.frequency[c]! > 0) repeat++;
  }
  if (customers.length < MIN_CUSTOMERS || repeat < MIN_REPEAT_CUSTOMERS) {
    const refused: ModelFit = {
      status: 'failed',
      reason: 'too-few-customers',
      message: `${customers.length} customers, ${repeat} who came back (the models need ${MIN_CUSTOMERS} and ${MIN_REPEAT_CUSTOMERS})`,
    };
    return {
      models: {
        bgNbd: refused,
        paretoNbd: refused,
        gammaGamma: refused,
        chosen: null,
        fittedAt,
        customers: customers.length,
        repeatCustomers: repeat,
        minimumCustomers: MIN_CUSTOMERS,
        minimumRepeatCustomers: MIN_REPEAT_CUSTOMERS,
      },
      params: { purchase: null, spend: null },
    };
  }
  const pick = (values: ArrayLike<number>) => Float64Array.from(customers, (c) => values[c]!);
  const data = {
    frequency: pick(summary.frequency),
    recency: pick(summary.recency),
    T: pick(summary.T),
  };
  const fits = {} as Record<PurchaseModelKey, FitResult<unknown>>;
  const reports = {} as Record<PurchaseModelKey, ModelFit>;
  const histories = compressRepeatPurchases(data).weights.length;
  for (const key of Object.keys(MODELS) as PurchaseModelKey[]) {
    if (key === 'paretoNbd' && histories > PARETO_MAX_HISTORIES) {
      fits[key] = {
        ok: false,
        reason: 'not-converged',
        message: `skipped: ${histories} distinct histories (Pareto/NBD is fitted up to ${PARETO_MAX_HISTORIES}; its fit takes minutes beyond)`,
      };
      reports[key] = {
        status: 'failed',
        reason: 'skipped-too-large',
        message: fits[key].ok ? '' : fits[key].message,
      };
      continue;
    }
    const started = performance.now();
    fits[key] = MODELS[key].fit(data);
    reports[key] = report(fits[key] as FitResult<object>, started);
  }
  const chosen = (['bgNbd', 'paretoNbd'] as const).reduce<PurchaseModelKey | null>((best, key) => {
    const fit = fits[key];
    if (!fit.ok) return best;
    const current = best === null ? null : fits[best];
    return current?.ok && current.logLikelihood >= fit.logLikelihood ? best : key;
  }, null);
  // Spend: repeat customers whose refunds left a positive mean spend (the model needs > 0).
  const monetary = pick(summary.monetaryRepeatCents).map((cents) => cents / 100);
  const started = performance.now();
  const spendFit = fitGammaGamma({
    frequency: data.frequency.map((x, i) => (monetary[i]! > 0 ? x : 0)),
    monetary,
  });
  const chosenFit = chosen === null ? null : fits[chosen];
  return {
    models: {
      bgNbd: reports.bgNbd,
      paretoNbd: reports.paretoNbd,
      gammaGamma: report(spendFit, started),
      chosen,
      fittedAt,
      customers: customers.length,
      repeatCustomers: repeat,
      minimumCustomers: MIN_CUSTOMERS,
      minimumRepeatCustomers: MIN_REPEAT_CUSTOMERS,
    },
    params: {
      purchase: chosenFit?.ok ? chosenFit.params : null,
      spend: spendFit.ok ? spendFit.params : null,
    },
  };
}

/**
 * P(alive), expected purchases over the horizon, expected spend per purchase (Gamma-Gamma) and
 * the discounted margin over the horizon (CLV) for every customer. Predictions depend only on
 * (x, t_x, T), which many customers share, so each distinct history is computed once; CLV is
 * linear in spend, so it is computed for a spend of 1 and scaled.
 */
export function predictValue(
  summary: CustomerSummary,
  models: ValueModels,
  params: { purchase: unknown; spend: GammaGammaParams | null },
  settings: AnalyticsSettings,
): ValuePredictions {
  if (models.chosen === null || params.purchase === null) {
    return { pAlive: null, expectedPurchases: null, expectedAvgSpendCents: null, clvCents: null };
  }
  const model = MODELS[models.chosen];
  const perUnit = daysPerUnit(summary.unit);
  const clvOptions = {
    periods: settings.horizonMonths,
    periodLength: DAYS_PER_MONTH / perUnit,
    discountRate: settings.monthlyDiscountRate,
    margin: settings.marginRate,
  };
  const horizon = (settings.horizonMonths * DAYS_PER_MONTH) / perUnit;
  const n = summary.customerCount;
  const pAlive = new Float64Array(n).fill(Number.NaN);
  const expectedPurchases = new Float64Array(n).fill(Number.NaN);
  const spend = params.spend;
  const expectedAvgSpendCents = spend ? new Float64Array(n).fill(Number.NaN) : null;
  const clvCents = spend ? new Float64Array(n).fill(Number.NaN) : null;
  const memo = new Map<string, [number, number, number]>();
  for (let c = 0; c < n; c++) {
    if (summary.purchaseDays[c] === 0) continue;
    const history = {
      frequency: summary.frequency[c]!,
      recency: summary.recency[c]!,
      T: summary.T[c]!,
    };
    const key = `${history.frequency},${history.recency},${history.T}`;
    let known = memo.get(key);
    if (!known) {
      known = [
        model.probabilityAlive(params.purchase, history),
        model.conditionalExpectedPurchases(params.purchase, history, horizon),
        customerLifetimeValue(model, params.purchase, history, 1, clvOptions),
      ];
      memo.set(key, known);
    }
    pAlive[c] = known[0];
    expectedPurchases[c] = known[1];
    if (spend && expectedAvgSpendCents && clvCents) {
      const monetary = summary.monetaryRepeatCents[c]!;
      const x = monetary > 0 ? history.frequency : 0;
      expectedAvgSpendCents[c] = gammaGammaExpectedSpend(spend, x, monetary / 100) * 100;
      clvCents[c] = known[2] * expectedAvgSpendCents[c]!;
    }
  }
  return { pAlive, expectedPurchases, expectedAvgSpendCents, clvCents };
}

/** Fits older than this are redone even if the customer base barely moved. */
const FIT_MAX_AGE_MS = 6 * 3_600_000;

/**
 * A previous fit still describes the shop when it is recent and the number of customers with a
 * purchase moved by less than 2 %: one more purchase does not re-estimate four population
 * parameters, it only moves that customer's own (x, t_x, T), which the predictions use.
 */
export function reusableFit(
  previous: FittedValueModels | undefined,
  summary: CustomerSummary,
  now: Date,
): FittedValueModels | undefined {
  if (!previous || previous.models.chosen === null) return undefined;
  const age = now.getTime() - Date.parse(previous.models.fittedAt);
  if (!(age >= 0 && age < FIT_MAX_AGE_MS)) return undefined;
  let customers = 0;
  for (let c = 0; c < summary.customerCount; c++) if (summary.purchaseDays[c]! > 0) customers++;
  const change = Math.abs(customers - previous.models.customers) / previous.models.customers;
  return change < 0.02 ? previous : undefined;
}
