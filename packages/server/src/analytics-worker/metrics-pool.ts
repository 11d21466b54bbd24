import { Worker } from 'node:worker_threads';
import type { Kysely } from 'kysely';
import { connectionTargetOf } from '../db/connect.ts';
import type { Database } from '../db/schema.ts';
import type { AnalyticsCustomerRow } from '../repositories/analytics-history.ts';
import {
  type CustomerFigures,
  type CustomerFiguresInput,
  type CustomerMetrics,
  computeCustomerFigures,
} from '../use-cases/analytics/customer-metrics.ts';
import {
  type FiguresJob,
  figuresFromDatabase,
} from '../use-cases/analytics/figures-from-database.ts';
import {
  type PeriodInputs,
  type PeriodOverview,
  type Periods,
  periodOverview,
} from '../use-cases/analytics/overview-figures.ts';
import {
  type CrossSellJob,
  crossSellRulesFromDatabase,
  type ShopRulesMessage,
} from '../use-cases/cross-sell/cross-sell-rules-from-database.ts';
import { appendRows } from './customer-columns.ts';
import { figuresInTurns, figuresOf, inputMessage, jobMessage } from './metrics-messages.ts';
import type { MetricsReply, MetricsRequest } from './metrics-worker.ts';
import { errorOf } from './worker-failure.ts';

const START = new URL('./start-worker.mjs', import.meta.url);
const ENTRY = new URL('./metrics-worker.ts', import.meta.url).href;

type Task = {
  /** The request for the worker, made when a worker takes the task (with what to transfer). */
  request: (id: number) => { message: MetricsRequest; transfer: ArrayBuffer[] };
  /** Takes a reply; true when it was the last one (the worker is then free). */
  receive: (reply: Exclude<MetricsReply, { failure: unknown }>) => boolean;
  reject: (error: Error) => void;
};
type Slot = { worker: Worker; task: Task | null };

/**
 * Computes customer figures in worker threads, so that a shop's model fits (tens of seconds of
 * CPU at 100,000 customers) never hold up the requests this process serves. `size` workers
 * take one computation each; more wait their turn. Workers start on first use, a worker that
 * dies is replaced by the next computation, and an idle pool does not keep the process alive.
 * Size 0 computes on the calling thread (as before there were workers).
 *
 * @example const figures = await new MetricsPool(1).figuresFor(db, request);
 */
export class MetricsPool {
  private readonly slots: Slot[] = [];
  private readonly waiting: Task[] = [];
  private nextId = 1;
  private closed = false;

  constructor(readonly size: number) {}

  /**
   * The shop's customers and figures, read and computed by a worker through its own connection
   * to the database `db` reaches (or read from what another process stored): this thread only
   * sends the request and receives the customers (as columns) and the figures. On this thread
   * when the pool has no worker, or when `db` was not opened by `openDatabase` (no address to
   * give a worker).
   */
  figuresFor(db: Kysely<Database>, job: FiguresJob): Promise<CustomerMetrics> {
    const database = connectionTargetOf(db);
    if (this.size === 0 || !database) {
      const customers: AnalyticsCustomerRow[] = [];
      const indexOf = new Map<string, number>();
      return figuresFromDatabase(db, job, (rows) => addCustomers(customers, indexOf, rows)).then(
        (message) => ({ ...figuresOf(message, indexOf), customers }),
      );
    }
    return this.submitFigures(new Map(), (id) => ({
      message: { id, job: jobMessage(job), database },
      transfer: [],
    }));
  }

  /**
   * The dashboard's overview of one period, computed by a worker from a copy of the purchases'
   * columns (this thread keeps its own); on this thread when the pool has no worker.
   */
  periodOverview(inputs: PeriodInputs, periods: Periods): Promise<PeriodOverview> {
    if (this.size === 0) return Promise.resolve().then(() => periodOverview(inputs, periods));
    return this.submit<PeriodOverview>((resolve) => ({
      request: (id) => ({ message: { id, period: { inputs, periods } }, transfer: [] }),
      receive: (reply) => {
        if ('period' in reply) resolve(reply.period);
        return true;
      },
    }));
  }

  /**
   * The shop's cross-sell rules, mined by a worker from the receipts it reads through its own
   * connection, and stored for every process; on this thread when the pool has no worker, or
   * when `db` was not opened by `openDatabase`.
   */
  crossSellRulesFor(db: Kysely<Database>, job: CrossSellJob): Promise<ShopRulesMessage> {
    const database = connectionTargetOf(db);
    if (this.size === 0 || !database) return crossSellRulesFromDatabase(db, job);
    return this.submit<ShopRulesMessage>((resolve) => ({
      request: (id) => ({ message: { id, crossSell: job, database }, transfer: [] }),
      receive: (reply) => {
        if ('crossSell' in reply) resolve(reply.crossSell);
        return true;
      },
    }));
  }

  /** Figures from purchases the caller already read (the purchases' columns are moved). */
  compute(input: CustomerFiguresInput): Promise<CustomerFigures> {
    if (this.size === 0) return Promise.resolve().then(() => computeCustomerFigures(input));
    try {
      const { message, transfer, indexOf } = inputMessage(input);
      return this.submitFigures(indexOf, (id) => ({
        message: { id, input: message },
        transfer,
      })).then(({ customers: _, ...figures }) => figures);
    } catch (error) {
      return Promise.reject(error);
    }
  }

  private submit<T>(
    task: (resolve: (value: T) => void, reject: (error: Error) => void) => Omit<Task, 'reject'>,
  ): Promise<T> {
    if (this.closed) return Promise.reject(new Error('the analytics workers are stopped'));
    return new Promise<T>((resolve, reject) => {
      this.waiting.push({ ...task(resolve, reject), reject });
      this.dispatch();
    });
  }

  /**
   * A computation of figures: the customers a job's worker sends first are rebuilt here (a
   * slice per turn of the event loop, their index growing with them), then the figures.
   */
  private submitFigures(indexOf: Map<string, number>, request: Task['request']) {
    const customers: AnalyticsCustomerRow[] = [];
    let customersReady: Promise<void> | undefined;
    return this.submit<CustomerMetrics>((resolve, reject) => ({
      request,
      receive: (reply) => {
        if ('customers' in reply) {
          customersReady = appendRows(customers, reply.customers, (row, i) => {
            indexOf.set(row.id, i);
          });
          return false;
        }
        if (!('figures' in reply)) return true;
        void (async () => {
          await customersReady;
          const figures = await figuresInTurns(reply.figures, indexOf);
          return {
            ...figures,
            customers,
            ...(reply.overview ? { firstOverview: reply.overview } : {}),
          };
        })().then(resolve, (error) =>
          reject(error instanceof Error ? error : new Error(String(error))),
        );
        return true;
      },
    }));
  }

  /** Stops every worker; computations under way or waiting fail. */
  async close(): Promise<void> {
    this.closed = true;
    const stopped = new Error('the analytics workers are stopped');
    for (const task of this.waiting.splice(0)) task.reject(stopped);
    await Promise.all(
      this.slots.splice(0).map((slot) => {
        slot.task?.reject(stopped);
        return slot.worker.terminate();
      }),
    );
  }

  private dispatch(): void {
    while (this.waiting.length > 0) {
      const slot = this.slots.find((s) => s.task === null) ?? this.startWorker();
      if (!slot) return;
      const task = this.waiting.shift()!;
      slot.task = task;
      slot.worker.ref();
      try {
        const { message, transfer } = task.request(this.nextId++);
        slot.worker.postMessage(message, transfer);
      } catch (error) {
        slot.task = null;
        task.reject(error instanceof Error ? error : new Error(String(error)));
      }
    }
  }

  private startWorker(): Slot | null {
    if (this.slots.length >= this.size) return null;
    const worker = new Worker(START, { workerData: { entry: ENTRY } });
    const slot: Slot = { worker, task: null };
    this.slots.push(slot);
    worker.on('message', (reply: MetricsReply) => {
      const task = slot.task;
      if ('failure' in reply) task?.reject(errorOf(reply.failure));
      // (A job's customers come before its figures: the worker is not free yet.)
      else if (task && !task.receive(reply)) return;
      slot.task = null;
      worker.unref();
      this.dispatch();
    });
    const lost = (error: Error) => {
      const index = this.slots.indexOf(slot);
      if (index < 0) return;
      // This worker is gone: its computation fails, the next one starts a new worker.
      this.slots.splice(index, 1);
      slot.task?.reject(error);
      slot.task = null;
      if (!this.closed) this.dispatch();
    };
    worker.on('error', lost);
    worker.on('exit', (code) =>
      lost(new Error(`the analytics worker stopped (exit code ${code})`)),
    );
    return slot;
  }
}

/** Appends customers to the list and its index (positions continue the list's). */
function addCustomers(
  customers: AnalyticsCustomerRow[],
  indexOf: Map<string, number>,
  rows: readonly AnalyticsCustomerRow[],
): void {
  for (const customer of rows) {
    indexOf.set(customer.id, customers.length);
    customers.push(customer);
  }
}

/** The number of workers when `HABITUE_ANALYTICS_WORKERS` is not set. */
export const DEFAULT_ANALYTICS_WORKERS = 1;

let size = DEFAULT_ANALYTICS_WORKERS;
let shared: MetricsPool | null = null;

/** This process's pool (its size set by `useMetricsWorkers`, else the default). */
export function metricsPool(): MetricsPool {
  shared ??= new MetricsPool(size);
  return shared;
}

/** Sizes this process's pool (at start-up, from `HABITUE_ANALYTICS_WORKERS`). */
export function useMetricsWorkers(workers: number): void {
  size = workers;
  if (!shared || shared.size === workers) return;
  const previous = shared;
  shared = null;
  void previous.close();
}

/** Stops this process's workers (on shutdown); the next computation starts them again. */
export async function stopMetricsWorkers(): Promise<void> {
  const pool = shared;
  shared = null;
  await pool?.close();
}
