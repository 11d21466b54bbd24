import { computedOnce } from '../computed-once.ts';
import type { MinimizeResult } from '../math/optimizer-types.ts';
import { bgNbd } from '../models/bg-nbd/index.ts';
import { evaluateHoldout, type HoldoutPurchases } from '../models/holdout.ts';
import { mbgNbd } from '../models/mbg-nbd/index.ts';
import { type NoDropoutParams, noDropout } from '../models/no-dropout/index.ts';
import { paretoNbd } from '../models/pareto-nbd/index.ts';
import type { PurchaseCountModel } from '../models/purchase-count-model.ts';
import type { FitResult, RepeatPurchaseData } from '../models/types.ts';
import type { ModelFit, Predictor } from './value-models.ts';
import type { PurchaseModelKey } from './value-options.ts';

const MODELS: Record<PurchaseModelKey, PurchaseCountModel<unknown>> = {
  bgNbd: bgNbd as PurchaseCountModel<unknown>,
  paretoNbd: paretoNbd as PurchaseCountModel<unknown>,
  mbgNbd: mbgNbd as PurchaseCountModel<unknown>,
};

/** The parameter that is 0 in each model's no-dropout limit. */
const DROPOUT_PARAMETER: Record<PurchaseModelKey, string> = {
  bgNbd: 'a',
  paretoNbd: 's',
  mbgNbd: 'a',
};

/**
 * A failed fit is the no-dropout limit when the limit explains the data as well as the best
 * point the optimiser reached, to within this much log-likelihood: the optimiser was walking
 * towards a → 0 (s → 0), where the likelihood rises to the limit's without ever reaching it.
 */
const BOUNDARY_TOLERANCE = 1;
/** A converged fit within this much log-likelihood of the limit is at the limit. */
const CONVERGED_AT_LIMIT = 0.01;

/**
 * One purchase model fitted, its report (with holdout accuracy) and its predictor. `noDropoutFit`
 * is the no-dropout limit's fit on the same data, shared by every model compared with it;
 * `warmStart` an optimiser result to start from (see `FitOptions.warmStart`).
 */
export function fitPurchaseModel(
  key: PurchaseModelKey,
  data: RepeatPurchaseData,
  holdout: HoldoutPurchases | null,
  noDropoutFit: () => FitResult<NoDropoutParams> = () => noDropout.fit(data),
  warmStart?: MinimizeResult,
): { fit: ModelFit; predictor: Predictor | null } {
  const model = MODELS[key];
  const started = performance.now();
  const fit = model.fit(data, warmStart ? { warmStart } : undefined);
  const failed =
    !fit.ok && (fit.reason === 'parameters-diverged' || fit.reason === 'not-converged');
  if (!fit.ok && !failed) {
    return { fit: { status: 'failed', reason: fit.reason, message: fit.message }, predictor: null };
  }
  const limit = noDropoutFit();
  const reached = fit.ok ? fit.logLikelihood : bestReached(model, fit, data);
  // A converged fit is the limit too when it explains the data no better than nobody leaving
  // (its dropout parameter then sits near 0 where the likelihood is flat: no standard errors).
  const atLimit =
    limit.ok && limit.logLikelihood >= reached - (fit.ok ? CONVERGED_AT_LIMIT : BOUNDARY_TOLERANCE);
  if (fit.ok && !atLimit) {
    const predictor = predictorOf(model, fit);
    return { fit: fitted(predictor, model, fit, data, holdout, started, []), predictor };
  }
  if (!fit.ok && !atLimit) {
    return { fit: { status: 'failed', reason: fit.reason, message: fit.message }, predictor: null };
  }
  if (!limit.ok) throw new Error('unreachable: atLimit implies a fitted limit');
  const predictor = predictorOf(noDropout as PurchaseCountModel<unknown>, limit);
  const report = fitted(predictor, model, limit, data, holdout, started, [{ code: 'no-dropout' }]);
  if (report.status === 'fitted') report.params[DROPOUT_PARAMETER[key]] = 0;
  return { fit: report, predictor };
}

/** The log-likelihood at the last point of a failed fit (−∞ when unknown). */
function bestReached(
  model: PurchaseCountModel<unknown>,
  fit: Extract<FitResult<unknown>, { ok: false }>,
  data: RepeatPurchaseData,
): number {
  const optimizer = fit.optimizer;
  if (!optimizer) return Number.NEGATIVE_INFINITY;
  if (Number.isFinite(optimizer.fx)) return -optimizer.fx;
  const [r, alpha, third, fourth] = Array.from(optimizer.x, Math.exp);
  const params =
    model === MODELS.paretoNbd
      ? { r, alpha, s: third, beta: fourth }
      : { r, alpha, a: third, b: fourth };
  const ll = model.logLikelihood(params, data);
  return Number.isFinite(ll) ? ll : Number.NEGATIVE_INFINITY;
}

function predictorOf(
  model: PurchaseCountModel<unknown>,
  fit: Extract<FitResult<unknown>, { ok: true }>,
): Predictor {
  return {
    model,
    params: { ...(fit.params as Record<string, number>) },
    // Read from the fit when needed: the fit computes it then, once (fitLogParameters).
    get logCovariance() {
      return fit.logCovariance ?? null;
    },
  };
}

/** Standard errors of θ from the covariance of ln θ (delta method: se(θ) = θ · se(ln θ)). */
export function standardErrors(
  params: Record<string, number>,
  logCovariance: number[][] | null,
): Record<string, number> | null {
  if (!logCovariance) return null;
  return Object.fromEntries(
    Object.entries(params).map(([k, v], i) => [k, v * Math.sqrt(logCovariance[i]![i]!)]),
  );
}

function fitted(
  predictor: Predictor,
  model: PurchaseCountModel<unknown>,
  fit: Extract<FitResult<unknown>, { ok: true }>,
  data: RepeatPurchaseData,
  holdout: HoldoutPurchases | null,
  started: number,
  warnings: { code: 'no-dropout' }[],
): ModelFit {
  const h = holdout && evaluateHoldout(predictor.model, predictor.params, data, holdout);
  // Computed when first read, like the covariance they come from: a backtest reads only the
  // chosen model's covariance (for its intervals), never the reports' standard errors. From the
  // predictor's parameters: a no-dropout report's get the dropout parameter (0) added below.
  const errors = computedOnce(() => standardErrors(predictor.params, predictor.logCovariance));
  return {
    status: 'fitted',
    params: { ...predictor.params },
    get standardErrors() {
      return errors();
    },
    logLikelihood: fit.logLikelihood,
    aic: 2 * model.parameterCount - 2 * fit.logLikelihood,
    holdout:
      h && holdout
        ? {
            duration: holdout.duration,
            customers: h.customers,
            actualPurchases: h.totalActual,
            predictedPurchases: h.totalPredicted,
            meanAbsoluteError: h.meanAbsoluteError,
            rootMeanSquaredError: h.rootMeanSquaredError,
          }
        : null,
    warnings,
    seconds: (performance.now() - started) / 1000,
  };
}
