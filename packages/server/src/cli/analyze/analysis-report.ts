import type { DataSufficiency, RfmSegment, TimeUnit } from '@habitue/analytics';
import type { ColumnNotice, DateStyle, SkippedReason, TableFormat } from '@habitue/import';
import type { Currency } from './file-currency.ts';
import type { BacktestReport, SeasonsJson } from './forecast-check-report.ts';

/**
 * The `--json` document of `habitue analyze` (documented in docs/analyze.md). Money is in the
 * file's currency units rounded to the cent; durations are in `summary.unit`; dates are
 * YYYY-MM-DD. A figure that could not be computed is null, never a made-up value.
 */
export interface AnalysisReport {
  summary: AnalysisSummary;
  models: ModelsReport;
  customers: CustomerReport[];
}

export interface AnalysisSummary {
  file: {
    path: string;
    format: TableFormat;
    columns: { customer: string; date: string; amount: string };
    /** Line (row in XLSX) of the header, below any title lines; null without a header. */
    headerLine: number | null;
    /** Whether the amounts include VAT (`ttc`), exclude it (`ht`), or the header does not say. */
    amountBasis: 'ttc' | 'ht' | null;
    /** The receipt or invoice number column, when the file has one. */
    invoiceColumn: string | null;
    /** How the columns were understood, where the owner should know (docs/analyze.md). */
    notices: ColumnNotice[];
    /** How ambiguous dates (`03/04/2024`) are read; it only matters for `dateStyle` dmy or mdy. */
    dayOrder: 'dmy' | 'mdy';
    /** How the dates are written: `year-first` (2024-03-05, 20240305), `dmy`, `mdy`, `spreadsheet`. */
    dateStyle: DateStyle;
    /** The amounts' currency: euros unless the amount column's header names another. */
    currency: Currency;
    decimalSeparator: ',' | '.';
  };
  rows: {
    read: number;
    used: number;
    skipped: SkippedReason[];
    refunds: { rows: number; amount: number };
    /** Readable sales without a customer: counted apart, not in the customers' figures. */
    withoutCustomer: { rows: number; amount: number };
    /** Distinct receipt or invoice numbers among the rows used (one purchase each); null without. */
    receipts: number | null;
    duplicatesKept: boolean;
  };
  period: { first: string; last: string; asOf: string; calibrationEnd: string | null };
  settings: { unit: TimeUnit; horizon: string; monthlyDiscountRate: number; margin: number };
  customers: number;
  repeatCustomers: number;
  purchaseDays: number;
  revenue: number;
  averageBasket: number;
  purchaseDaysPerCustomer: number;
  /** Share of revenue brought by the top 20 % of customers. */
  top20RevenueShare: number | null;
  segments: SegmentReport[] | null;
  /** What the estimates rest on, and what they allow (docs/analyze.md). */
  sufficiency: DataSufficiency;
  /** The shop's totals over the horizon with their 80 % intervals; null without a model. */
  forecast: ForecastReport | null;
  /** The shop's seasons as the forecast uses them. */
  seasons: SeasonsJson;
  /** The forecast of the last horizon made from the history before it, against what happened. */
  backtest: BacktestReport;
}

/** [low, high] of an 80 % interval, in the unit of the figure it goes with. */
export type Interval = [low: number, high: number];

export interface EstimateReport {
  value: number;
  interval: Interval | null;
}

export interface ForecastReport {
  customers: number;
  /** Customers expected to be still active on the analysis day (Σ P(alive)). */
  activeCustomers: EstimateReport;
  expectedPurchases: EstimateReport;
  /** Money, like `revenue`; null without a spend model. */
  clv: EstimateReport | null;
}

export interface SegmentReport {
  segment: RfmSegment;
  customers: number;
  revenue: number;
  revenueShare: number;
}

/** A fitted model, a failed fit (with why), or null when the model is not available. */
export type ModelReport =
  | {
      status: 'fitted';
      params: Record<string, number>;
      /** Standard errors of `params` (Hessian at the optimum); null when it is flat there. */
      standardErrors: Record<string, number> | null;
      logLikelihood: number;
      /** Akaike information criterion (lower is better), to compare models with ≠ parameters. */
      aic: number;
      holdout: HoldoutAccuracy | null;
      /** E.g. `no-dropout`: the fit is the limit where nobody leaves (docs/analyze.md). */
      warnings: { code: 'no-dropout'; message: string }[];
    }
  | { status: 'failed'; reason: string; message: string };

export interface HoldoutAccuracy {
  /** Holdout length, in `summary.unit`. */
  duration: number;
  customers: number;
  actualPurchases: number;
  predictedPurchases: number;
  /** Mean absolute error per customer, in purchases. */
  meanAbsoluteError: number;
  rootMeanSquaredError: number;
}

export interface ModelsReport {
  bgnbd: ModelReport | null;
  paretonbd: ModelReport | null;
  gammagamma: ModelReport | null;
  /** The purchase-count model used for the customer figures, and why. */
  chosen: { model: 'bgnbd' | 'paretonbd'; by: 'log-likelihood' | 'holdout-error' } | null;
}

export interface CustomerReport {
  id: string;
  frequency: number;
  recency: number;
  T: number;
  /** Mean spend of repeat purchase days (the Gamma-Gamma input). */
  monetary: number;
  /** Mean spend over all purchase days. */
  averageBasket: number;
  revenue: number;
  firstPurchase: string;
  lastPurchase: string;
  pAlive: number | null;
  /** 80 % intervals: the uncertainty of the fitted parameters (docs/analyze.md). */
  pAliveInterval: Interval | null;
  expectedPurchases: number | null;
  expectedPurchasesInterval: Interval | null;
  expectedAvgSpend: number | null;
  clv: number | null;
  clvInterval: Interval | null;
  rfm: { r: number; f: number; m: number; segment: RfmSegment } | null;
}
