import type { GammaGammaParams } from '../models/gamma-gamma/likelihood.ts';
import type { PurchaseCountModel } from '../models/purchase-count-model.ts';
import type { SeasonsEstimate } from '../seasons/estimate-seasons.ts';
import type { PurchaseModelKey } from './value-options.ts';

/** Something to say about a fit that is not a failure (docs/analytics/models.md). */
export interface ModelWarning {
  /** `no-dropout`: the likelihood is highest where nobody leaves; the model is that limit. */
  code: 'no-dropout';
}

/** How a model fitted on the holdout that followed its calibration period. */
export interface HoldoutAccuracy {
  /** Holdout length, in the summary's unit. */
  duration: number;
  customers: number;
  actualPurchases: number;
  predictedPurchases: number;
  meanAbsoluteError: number;
  rootMeanSquaredError: number;
}

/** Why no parameters: a fit failure of the model, too few customers, or skipped. */
export type ModelFailureReason =
  | 'empty-input'
  | 'invalid-input'
  | 'no-repeat-purchases'
  | 'not-converged'
  | 'parameters-diverged'
  | 'too-few-customers'
  | 'skipped-too-large';

/** One model's fit: parameters with their standard errors, or why not (a code and English detail). */
export type ModelFit =
  | {
      status: 'fitted';
      params: Record<string, number>;
      /** Standard errors of `params` from the Hessian at the optimum; null if it is flat there. */
      standardErrors: Record<string, number> | null;
      logLikelihood: number;
      /** 2k − 2 ln L with k the model's parameters (4 for every purchase model, 3 for spend). */
      aic: number;
      holdout: HoldoutAccuracy | null;
      warnings: ModelWarning[];
      /**
       * Time the fit took: the optimisation and the holdout check, not the standard errors
       * (computed when first read).
       */
      seconds: number;
    }
  | { status: 'failed'; reason: ModelFailureReason; message: string };

/** The fits and the choice, as reported. */
export interface ValueModels {
  purchase: Partial<Record<PurchaseModelKey, ModelFit>>;
  spend: ModelFit;
  /**
   * The purchase model used for predictions, and why: the smallest mean absolute error on the
   * holdout when there is one, else the smallest AIC (the same as the highest log-likelihood,
   * every purchase model having 4 parameters); a tie goes to the first model asked for.
   */
  chosen: { model: PurchaseModelKey; by: 'holdout-error' | 'log-likelihood' } | null;
  /** Customers with a purchase, and those who came back, that the fits saw. */
  customers: number;
  repeatCustomers: number;
  minimumCustomers: number;
  minimumRepeatCustomers: number;
}

/** A fitted purchase model ready to predict with, and its parameter covariance. */
export interface Predictor {
  model: PurchaseCountModel<unknown>;
  params: Record<string, number>;
  /** Covariance of ln(params), keys in the order of `params`; null when unknown. */
  logCovariance: number[][] | null;
}

/** The report and what prediction needs: reusable as long as the customer base barely moves. */
export interface FittedValueModels {
  report: ValueModels;
  purchase: Predictor | null;
  spend: { params: GammaGammaParams; logCovariance: number[][] | null } | null;
  /**
   * The seasons the purchase model was fitted with (its times are then operational time, see
   * `seasonalClock`); null or absent: fitted on calendar time.
   */
  seasons?: SeasonsEstimate | null;
}
