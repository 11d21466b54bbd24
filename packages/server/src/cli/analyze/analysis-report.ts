import type { RfmSegment, TimeUnit } from '@habitue/analytics';
import type { ColumnNotice, SkippedReason, TableFormat } from '@habitue/import';

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
    dayOrder: 'dmy' | 'mdy';
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
      logLikelihood: number;
      /** Akaike information criterion (lower is better), to compare models with ≠ parameters. */
      aic: number;
      holdout: HoldoutAccuracy | null;
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
  expectedPurchases: number | null;
  expectedAvgSpend: number | null;
  clv: number | null;
  rfm: { r: number; f: number; m: number; segment: RfmSegment } | null;
}
