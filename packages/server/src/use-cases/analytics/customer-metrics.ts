import {
  analyzeCustomerValue,
  type CustomerSummary,
  DAY_MS,
  type DataSufficiency,
  purchaseCalendar,
  type RfmScore,
  type SeasonsReport,
  type SimpleClvFromPurchases,
  simpleClvFromPurchases,
  summarizeCustomers,
  type Transactions,
  type ValuePredictions,
} from '@habitue/analytics';
import type {
  AnalyticsCustomerRow,
  AnalyticsMovementRow,
} from '../../repositories/analytics-history.ts';
import type { AnalyticsSettings } from './analytics-settings.ts';
import {
  type DashboardFit,
  reusableFit,
  type ValueModels,
  valueModelsReport,
  valueOptions,
} from './fit-value-models.ts';
import { type DashboardBacktest, dashboardBacktest } from './forecast-backtest.ts';
import { movementsAsPurchases } from './movements-as-purchases.ts';
import type { FirstOverview } from './overview-figures.ts';

/**
 * Everything computed once per merchant and data version: per-customer figures in typed arrays
 * (index = position in `customers`), the model fits and the shop-level simple CLV. Dashboards
 * and customer lists read from it; nothing in it depends on the request.
 */
export interface CustomerMetrics {
  computedAt: Date;
  dataVersion: string;
  dataAsOf: Date | null;
  timeZone: string;
  /** Analysis date: the merchant-local day of `computedAt` (days since 1970-01-01). */
  asOfDay: number;
  settings: AnalyticsSettings;
  customers: AnalyticsCustomerRow[];
  indexOf: Map<string, number>;
  transactions: Transactions;
  summary: CustomerSummary;
  /** Purchases (rows with amount ≥ 0), several on one day counted separately. */
  purchaseCount: Int32Array;
  /** Net spend over the 365 days up to the analysis date. */
  annualSpendCents: Float64Array;
  rfm: (RfmScore | null)[];
  models: ValueModels;
  /** The fit itself, so that the next computation can reuse it. */
  fit: DashboardFit;
  /** Null when no purchase model could be fitted. */
  predictions: ValuePredictions | null;
  /** What the estimates rest on. */
  sufficiency: DataSufficiency;
  /** The shop's seasons as the forecast uses them. */
  seasons: SeasonsReport;
  /** The forecast checked against the last horizon of the history. */
  backtest: DashboardBacktest;
  /** Shop-level simple CLV and its inputs, over the year before the analysis date. */
  simpleClv: SimpleClvFromPurchases;
  /** How long the computation took, in ms. */
  durationMs: number;
  /**
   * The dashboard's overview for the default period, when a worker thread computed it along
   * with the figures (the server thread then has nothing left to compute for it).
   */
  firstOverview?: FirstOverview;
}

/**
 * The metrics without the customer rows they are about: what a worker thread computes and
 * sends back (the rows stay with the caller, who already has them).
 */
export type CustomerFigures = Omit<CustomerMetrics, 'customers'>;

export interface CustomerMetricsInput {
  customers: AnalyticsCustomerRow[];
  movements: AnalyticsMovementRow[];
  dataVersion: string;
  dataAsOf: Date | null;
  timeZone: string;
  now: Date;
  asOfDay: number;
  settings: AnalyticsSettings;
  /** The last computation's fit, reused when the customer base barely changed. */
  previousFit?: DashboardFit;
  /** The last computation's backtest, reused while its history is unchanged. */
  previousBacktest?: DashboardBacktest;
}

/** Rows from the repository → the per-customer metrics, RFM and model predictions. */
export function computeCustomerMetrics(input: CustomerMetricsInput): CustomerMetrics {
  return { ...computeCustomerFigures(input), customers: input.customers };
}

/** What the figures need of the input: only the customers' ids (and their order). */
export type CustomerFiguresInput = Omit<CustomerMetricsInput, 'customers'> & {
  customers: readonly { id: string }[];
};

/** The purchases as typed columns by customer index, and the index of each customer id. */
export function transactionsOf(
  customers: readonly { id: string }[],
  movements: readonly AnalyticsMovementRow[],
): { indexOf: Map<string, number>; transactions: Transactions } {
  const indexOf = new Map<string, number>();
  customers.forEach((c, i) => {
    indexOf.set(c.id, i);
  });
  const customer = new Int32Array(movements.length);
  const day = new Int32Array(movements.length);
  const amountCents = new Float64Array(movements.length);
  let rows = 0;
  for (const m of movements) {
    const c = indexOf.get(m.customer_id);
    // A purchase of a customer the list does not hold (added since it was read) waits for
    // the next computation rather than being counted as someone else's.
    if (c === undefined) continue;
    customer[rows] = c;
    day[rows] = Number(m.day);
    amountCents[rows] = Number(m.amount_cents);
    rows++;
  }
  const whole = rows === movements.length;
  const transactions: Transactions = {
    customer: whole ? customer : customer.slice(0, rows),
    day: whole ? day : day.slice(0, rows),
    amountCents: whole ? amountCents : amountCents.slice(0, rows),
    customerCount: customers.length,
  };
  return { indexOf, transactions };
}

/** The figures alone: the same computation, for callers that keep the customer rows. */
export function computeCustomerFigures(input: CustomerFiguresInput): CustomerFigures {
  const started = performance.now();
  const { indexOf, transactions } = transactionsOf(input.customers, input.movements);
  const { customers: _, movements: __, ...rest } = input;
  return { ...figuresOfTransactions({ ...rest, transactions }, started), indexOf };
}

/** The input of the figures once the purchases are typed columns (what a worker thread gets). */
export type TransactionsFiguresInput = Omit<CustomerFiguresInput, 'customers' | 'movements'> & {
  transactions: Transactions;
};

/** The figures from the purchases' columns; the caller, who has the customer ids, adds `indexOf`. */
export function figuresOfTransactions(
  input: TransactionsFiguresInput,
  started = performance.now(),
): Omit<CustomerFigures, 'indexOf'> {
  const { transactions, asOfDay } = input;
  const rows = transactions.customer.length;
  const purchaseCount = new Int32Array(transactions.customerCount);
  const annualSpendCents = new Float64Array(transactions.customerCount);
  for (let i = 0; i < rows; i++) {
    const day = transactions.day[i]!;
    if (day > asOfDay) continue;
    const c = transactions.customer[i]!;
    const amount = transactions.amountCents[i]!;
    if (amount >= 0) purchaseCount[c]!++;
    if (day > asOfDay - 365) annualSpendCents[c]! += amount;
  }
  const summary = summarizeCustomers(transactions, { asOfDay, unit: 'week' });
  // The same pipeline as `habitue analyze`: fits (or the reusable previous fit), predictions
  // with their intervals, RFM as of the analysis day.
  const reuse = reusableFit(input.previousFit, summary, input.now);
  const analysis = analyzeCustomerValue(
    summary,
    { ...valueOptions(input.settings), calendar: purchaseCalendar(transactions, asOfDay) },
    reuse?.fitted,
  );
  const fit = reuse ?? { fitted: analysis.fitted, fittedAt: input.now.toISOString() };
  const simpleClv = simpleClvFromPurchases(movementsAsPurchases(transactions, asOfDay), {
    asOf: (asOfDay + 1) * DAY_MS,
  });
  return {
    computedAt: input.now,
    dataVersion: input.dataVersion,
    dataAsOf: input.dataAsOf,
    timeZone: input.timeZone,
    asOfDay,
    settings: input.settings,
    transactions,
    summary,
    purchaseCount,
    annualSpendCents,
    rfm: analysis.rfm,
    models: valueModelsReport(fit),
    fit,
    predictions: analysis.predictions,
    sufficiency: analysis.sufficiency,
    seasons: analysis.seasons,
    backtest: dashboardBacktest(transactions, asOfDay, input.settings, input.previousBacktest),
    simpleClv,
    durationMs: performance.now() - started,
  };
}
