import type { RfmScore } from '../rfm/rfm-scores.ts';
import { estimateSeasonsAndLastFit, type SeasonsEstimate } from '../seasons/estimate-seasons.ts';
import { seasonalClock } from '../seasons/seasonal-clock.ts';
import { seasonalModel } from '../seasons/seasonal-model.ts';
import { unseenShare } from '../seasons/unseen-season.ts';
import { warpSummary } from '../seasons/warp-summary.ts';
import type { CustomerSummary } from '../summary/customer-summary.ts';
import { daysPerUnit } from '../summary/transactions.ts';
import { type DataSufficiency, dataSufficiency } from './data-sufficiency.ts';
import { fitValueModels } from './fit-value-models.ts';
import { predictValue, type ValuePredictions } from './predict-value.ts';
import { scoreRfm } from './score-rfm.ts';
import type { FittedValueModels, Predictor } from './value-models.ts';
import type { ValueOptions } from './value-options.ts';
import { widenForUnseenSeason } from './widen-for-unseen-season.ts';

/** What the forecasts know of the shop's year. */
export interface SeasonsReport {
  /** Null: no calendar given, the forecast is stationary. */
  estimate: SeasonsEstimate | null;
  /**
   * Share of the horizon's days in months of the year the history never covered (with less than
   * a year of history): the intervals there are widened and the forecast says so.
   */
  unseenShare: number;
}

/** Everything the dashboard and `habitue analyze` show about customer value. */
export interface CustomerValueAnalysis {
  fitted: FittedValueModels;
  /** Null when no purchase model could be fitted. */
  predictions: ValuePredictions | null;
  /** By customer index; empty when `options.rfm` is false. */
  rfm: (RfmScore | null)[];
  sufficiency: DataSufficiency;
  seasons: SeasonsReport;
}

/**
 * The one customer-value pipeline: summary + options → the model fits (with standard errors),
 * the model chosen and why, per-customer predictions with 80 % intervals, RFM and how much data
 * it all rests on. With `options.calendar` and a year of history, the models are fitted on the
 * shop's seasonal time scale and forecast through its seasons (docs/analytics/seasons.md).
 * `reuse` skips the fits (a recent fit of a customer base that barely moved).
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
  const estimated =
    !reuse && options.calendar
      ? estimateSeasonsAndLastFit(options.calibration ?? summary, options.calendar)
      : null;
  const seasons = reuse ? (reuse.seasons ?? null) : (estimated?.estimate ?? null);
  const { scaled, forecast } = forecastInputs(summary, seasons);
  // BG/NBD on the seasons' final scale starts from their last round's fit, on nearly the same
  // time scale (the same one once the factors stopped moving).
  const lastSeasonsFit = seasons?.status === 'estimated' ? estimated?.lastFit : null;
  // Warped once: the fits and the predictions read the same summary.
  const scaledSummary = scaled(summary);
  const fitted: FittedValueModels = reuse ?? {
    ...fitValueModels(
      scaledSummary,
      {
        ...options,
        calibration: options.calibration ? scaled(options.calibration) : null,
      },
      lastSeasonsFit ? { bgNbd: lastSeasonsFit } : {},
    ),
    seasons,
  };
  const unseen =
    seasons?.status === 'too-short'
      ? unseenShare(seasons.covered, summary.windowEndDay, options.horizonDays)
      : 0;
  const predictions = predictValue(
    scaledSummary,
    { ...fitted, purchase: fitted.purchase && forecast(fitted.purchase) },
    options,
  );
  return {
    fitted,
    predictions:
      predictions && unseen > 0 ? widenForUnseenSeason(predictions, unseen) : predictions,
    rfm: options.rfm === false ? [] : scoreRfm(summary),
    sufficiency: dataSufficiency(summary),
    seasons: { estimate: seasons, unseenShare: unseen },
  };
}

/**
 * How a summary and a fitted purchase model look on the seasons' time scale: the summary's times
 * in operational time, the model forecasting from the summary's window end in calendar time.
 * Without estimated seasons, both unchanged.
 */
export function forecastInputs(
  summary: CustomerSummary,
  seasons: SeasonsEstimate | null | undefined,
): {
  scaled: (s: CustomerSummary) => CustomerSummary;
  forecast: (p: Predictor) => Predictor;
} {
  if (seasons?.status !== 'estimated') return { scaled: (s) => s, forecast: (p) => p };
  const clock = seasonalClock(seasons.monthly);
  const perUnit = daysPerUnit(summary.unit);
  return {
    scaled: (s) => warpSummary(s, clock),
    forecast: (p) => ({
      ...p,
      model: seasonalModel(p.model, clock, summary.windowEndDay, perUnit),
    }),
  };
}
