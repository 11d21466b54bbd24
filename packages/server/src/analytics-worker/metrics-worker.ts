import { parentPort } from 'node:worker_threads';
import { type ConnectionTarget, type DatabaseHandle, openDatabase } from '../db/connect.ts';
import type { AnalyticsCustomerRow } from '../repositories/analytics-history.ts';
import { resolvePeriod } from '../use-cases/analytics/analytics-period.ts';
import { figuresOfTransactions } from '../use-cases/analytics/customer-metrics.ts';
import { figuresFromDatabase } from '../use-cases/analytics/figures-from-database.ts';
import {
  type FirstOverview,
  type PeriodInputs,
  type PeriodOverview,
  type Periods,
  periodKeyOf,
  periodOverview,
  shopOverview,
} from '../use-cases/analytics/overview-figures.ts';
import {
  type CrossSellJob,
  crossSellRulesFromDatabase,
  type ShopRulesMessage,
} from '../use-cases/cross-sell/cross-sell-rules-from-database.ts';
import { type CustomerColumns, columnBuffers, customerColumns } from './customer-columns.ts';
import {
  type FiguresInputMessage,
  type FiguresMessage,
  figuresMessage,
  figuresOf,
  inputOf,
  type JobMessage,
  jobOf,
  transferableBuffers,
} from './metrics-messages.ts';
import { type FailureMessage, failureOf } from './worker-failure.ts';

/**
 * What the pool sends: one computation, either from purchases the caller read (`input`), or
 * from the database this worker reaches itself (`job`, with where the server is), or the
 * dashboard's overview of a period from the purchases' columns (`period`), or a shop's
 * cross-sell rules mined from the receipts this worker reads itself (`crossSell`).
 */
export type MetricsRequest =
  | { id: number; input: FiguresInputMessage }
  | { id: number; job: JobMessage; database: ConnectionTarget }
  | { id: number; crossSell: CrossSellJob; database: ConnectionTarget }
  | { id: number; period: { inputs: PeriodInputs; periods: Periods } };

/**
 * What the worker answers: for a job, the customers as soon as it has read them; then the
 * figures (moved to the server thread, not copied) with the overview of the default period;
 * for a period, its overview; for a mining, the rules; or the failure.
 */
export type MetricsReply =
  | { id: number; crossSell: ShopRulesMessage }
  | { id: number; customers: CustomerColumns }
  | { id: number; figures: FiguresMessage; overview?: FirstOverview }
  | { id: number; period: PeriodOverview }
  | { id: number; failure: FailureMessage };

/** This worker's own connections, one small pool per server it was sent to. */
const databases = new Map<string, Promise<DatabaseHandle>>();

function databaseAt(target: ConnectionTarget): Promise<DatabaseHandle> {
  let opening = databases.get(target.url);
  if (!opening) {
    opening = openDatabase(target, { poolSize: 2 });
    // A server that could not be reached is tried again by the next job.
    opening.catch(() => databases.delete(target.url));
    databases.set(target.url, opening);
  }
  return opening;
}

async function replyTo(
  request: MetricsRequest,
): Promise<{ reply: MetricsReply; transfer: ArrayBuffer[] }> {
  const { id } = request;
  if ('period' in request)
    return {
      reply: { id, period: periodOverview(request.period.inputs, request.period.periods) },
      transfer: [],
    };
  if ('crossSell' in request) {
    const { db } = await databaseAt(request.database);
    const crossSell = await crossSellRulesFromDatabase(db, request.crossSell);
    return { reply: { id, crossSell }, transfer: [] };
  }
  if ('input' in request) {
    const figures = figuresMessage(figuresOfTransactions(inputOf(request.input)));
    return { reply: { id, figures }, transfer: transferableBuffers(figures) };
  }
  const { db } = await databaseAt(request.database);
  let rows: AnalyticsCustomerRow[] = [];
  let memberSince = new Float64Array(0);
  const figures = await figuresFromDatabase(db, jobOf(request.job), (read) => {
    rows = read;
    const customers = customerColumns(read);
    memberSince = customers.memberSince.slice();
    const reply: MetricsReply = { id, customers };
    parentPort?.postMessage(reply, columnBuffers(customers));
  });
  const overview = firstOverview(figures, rows, memberSince);
  return { reply: { id, figures, overview }, transfer: transferableBuffers(figures) };
}

/** The dashboard's overview of the default period, here rather than on the server thread. */
function firstOverview(
  figures: FiguresMessage,
  customers: AnalyticsCustomerRow[],
  memberSince: Float64Array,
): FirstOverview {
  const indexOf = new Map<string, number>();
  customers.forEach((c, i) => {
    indexOf.set(c.id, i);
  });
  const metrics = { ...figuresOf(figures, indexOf), customers };
  const periods = resolvePeriod(figures.asOfDay, undefined, undefined);
  return {
    shop: shopOverview(metrics),
    periodKey: periodKeyOf(periods),
    period: periodOverview(
      { transactions: figures.transactions, asOfDay: figures.asOfDay, memberSince },
      periods,
    ),
  };
}

// One computation at a time: the pool sends the next one only after the reply.
parentPort?.on('message', async (request: MetricsRequest) => {
  const { id } = request;
  try {
    const { reply, transfer } = await replyTo(request);
    parentPort?.postMessage(reply, transfer);
  } catch (error) {
    // Also a reply that cannot be cloned: the caller hears why instead of losing the worker.
    const reply: MetricsReply = { id, failure: failureOf(error) };
    parentPort?.postMessage(reply);
  }
});
