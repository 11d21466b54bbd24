import {
  type CustomerSummary,
  DAYS_PER_MONTH,
  type FittedValueModels,
  type ModelFit as PipelineModelFit,
  type ValueOptions,
} from '@habitue/analytics';
import type { AnalyticsSettings } from './analytics-settings.ts';

/** Pareto/NBD's fit costs ~2 ms per distinct history: beyond this the dashboard uses BG/NBD alone. */
const PARETO_MAX_HISTORIES = 5_000;

export type PurchaseModelKey = 'bgNbd' | 'paretoNbd';

/** One model's fit, as reported to the owner: parameters and their standard errors, or why not. */
export type ModelFit =
  | {
      status: 'fitted';
      params: Record<string, number>;
      standardErrors: Record<string, number> | null;
      logLikelihood: number;
      warnings: { code: 'no-dropout' }[];
      seconds: number;
    }
  | { status: 'failed'; reason: string; message: string };

export interface ValueModels {
  bgNbd: ModelFit;
  paretoNbd: ModelFit;
  gammaGamma: ModelFit;
  /** The purchase model used for predictions (the pipeline's rule: smallest AIC, no holdout here). */
  chosen: PurchaseModelKey | null;
  /** When the parameters were estimated (they are reused for a while: see `reusableFit`). */
  fittedAt: string;
  customers: number;
  repeatCustomers: number;
  minimumCustomers: number;
  minimumRepeatCustomers: number;
}

/** The pipeline's fit and when it was made. */
export interface DashboardFit {
  fitted: FittedValueModels;
  fittedAt: string;
}

/** The merchant's settings as the pipeline's options. */
export function valueOptions(settings: AnalyticsSettings): ValueOptions {
  return {
    horizonDays: settings.horizonMonths * DAYS_PER_MONTH,
    monthlyDiscountRate: settings.monthlyDiscountRate,
    margin: settings.marginRate,
    models: ['bgNbd', 'paretoNbd'],
    maxParetoHistories: PARETO_MAX_HISTORIES,
  };
}

function modelFit(fit: PipelineModelFit | undefined): ModelFit {
  if (!fit) return { status: 'failed', reason: 'not-fitted', message: 'not fitted' };
  if (fit.status === 'failed') return fit;
  const { params, standardErrors, logLikelihood, warnings, seconds } = fit;
  return { status: 'fitted', params, standardErrors, logLikelihood, warnings, seconds };
}

/** The fit as the dashboard reports it. */
export function valueModelsReport({ fitted, fittedAt }: DashboardFit): ValueModels {
  const r = fitted.report;
  const chosen = r.chosen?.model;
  return {
    bgNbd: modelFit(r.purchase.bgNbd),
    paretoNbd: modelFit(r.purchase.paretoNbd),
    gammaGamma: modelFit(r.spend),
    chosen: chosen === 'bgNbd' || chosen === 'paretoNbd' ? chosen : null,
    fittedAt,
    customers: r.customers,
    repeatCustomers: r.repeatCustomers,
    minimumCustomers: r.minimumCustomers,
    minimumRepeatCustomers: r.minimumRepeatCustomers,
  };
}

/** Fits older than this are redone even if the customer base barely moved. */
const FIT_MAX_AGE_MS = 6 * 3_600_000;

/**
 * A previous fit still describes the shop when it is recent and the number of customers with a
 * purchase moved by less than 2 %: one more purchase does not re-estimate four population
 * parameters, it only moves that customer's own (x, t_x, T), which the predictions use.
 */
export function reusableFit(
  previous: DashboardFit | undefined,
  summary: CustomerSummary,
  now: Date,
): DashboardFit | undefined {
  if (!previous || previous.fitted.purchase === null) return undefined;
  const age = now.getTime() - Date.parse(previous.fittedAt);
  if (!(age >= 0 && age < FIT_MAX_AGE_MS)) return undefined;
  let customers = 0;
  for (let c = 0; c < summary.customerCount; c++) if (summary.purchaseDays[c]! > 0) customers++;
  const before = previous.fitted.report.customers;
  return Math.abs(customers - before) / before < 0.02 ? previous : undefined;
}
