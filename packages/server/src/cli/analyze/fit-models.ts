import {
  analyzeCustomerValue,
  type CustomerSummary,
  type CustomerValueAnalysis,
  type ModelFit,
  type PurchaseCalendar,
  type PurchaseModelKey,
} from '@habitue/analytics';
import type { ModelReport, ModelsReport } from './analysis-report.ts';
import type { AnalyzeOptions, Lang, PurchaseModelName } from './analyze-options.ts';
import { REPORT_LABELS } from './report-labels.ts';

export const PIPELINE_KEYS: Record<PurchaseModelName, PurchaseModelKey> = {
  bgnbd: 'bgNbd',
  paretonbd: 'paretoNbd',
};

/**
 * The analytics pipeline on the file's summary (`@habitue/analytics`' analyzeCustomerValue, the
 * same function the dashboard calls): with a calibration summary the models are fitted on it and
 * chosen on its holdout; the predictions apply them to each customer's full history.
 */
export function fitModels(
  calibration: CustomerSummary | null,
  full: CustomerSummary,
  options: AnalyzeOptions,
  calendar: PurchaseCalendar | null,
): { models: () => ModelsReport; analysis: CustomerValueAnalysis } {
  const analysis = analyzeCustomerValue(full, {
    calendar,
    horizonDays: options.horizon.days,
    monthlyDiscountRate: options.monthlyDiscountRate,
    margin: options.margin,
    models: options.models.map((m) => PIPELINE_KEYS[m]),
    calibration,
    intervals: options.parts.intervals,
  });
  const { purchase, spend, chosen } = analysis.fitted.report;
  const of = (name: PurchaseModelName) =>
    options.models.includes(name)
      ? modelReport(purchase[PIPELINE_KEYS[name]]!, options.lang)
      : null;
  const chosenName = (Object.keys(PIPELINE_KEYS) as PurchaseModelName[]).find(
    (name) => PIPELINE_KEYS[name] === chosen?.model,
  );
  return {
    // When asked: reading the fits' standard errors computes their Hessians (a fifth of a big
    // Pareto/NBD fit), which the `--json` command does while its helper starts on the list.
    models: () => ({
      bgnbd: of('bgnbd'),
      paretonbd: of('paretonbd'),
      gammagamma: modelReport(spend, options.lang),
      chosen: chosen && chosenName ? { model: chosenName, by: chosen.by } : null,
    }),
    analysis,
  };
}

/** A pipeline fit as the JSON reports it: warnings worded in the report's language. */
function modelReport(fit: ModelFit, lang: Lang): ModelReport {
  if (fit.status === 'failed') return fit;
  const { seconds: _seconds, warnings, ...rest } = fit;
  return {
    ...rest,
    warnings: warnings.map((w) => ({
      code: w.code,
      message: REPORT_LABELS[lang].warnings[w.code],
    })),
  };
}
