import { parentPort } from 'node:worker_threads';
import { type ConnectionTarget, type DatabaseHandle, openDatabase } from '../db/connect.ts';
import { figuresOfTransactions } from '../use-cases/analytics/customer-metrics.ts';
import { figuresFromDatabase } from '../use-cases/analytics/figures-from-database.ts';
import { type CustomerColumns, columnBuffers, customerColumns } from './customer-columns.ts';
import {
  type FiguresInputMessage,
  type FiguresMessage,
  figuresMessage,
  inputOf,
  type JobMessage,
  jobOf,
  transferableBuffers,
} from './metrics-messages.ts';
import { type FailureMessage, failureOf } from './worker-failure.ts';

/**
 * What the pool sends: one computation, either from purchases the caller read (`input`) or
 * from the database this worker reaches itself (`job`, with where the server is).
 */
export type MetricsRequest =
  | { id: number; input: FiguresInputMessage }
  | { id: number; job: JobMessage; database: ConnectionTarget };

/**
 * What the worker answers: for a job, the customers as soon as it has read them; then the
 * figures (moved to the server thread, not copied), or the failure.
 */
export type MetricsReply =
  | { id: number; customers: CustomerColumns }
  | { id: number; figures: FiguresMessage }
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

async function figuresFor(request: MetricsRequest): Promise<FiguresMessage> {
  if ('input' in request) return figuresMessage(figuresOfTransactions(inputOf(request.input)));
  const { db } = await databaseAt(request.database);
  return figuresFromDatabase(db, jobOf(request.job), (rows) => {
    const customers = customerColumns(rows);
    const reply: MetricsReply = { id: request.id, customers };
    parentPort?.postMessage(reply, columnBuffers(customers));
  });
}

// One computation at a time: the pool sends the next one only after the reply.
parentPort?.on('message', async (request: MetricsRequest) => {
  const { id } = request;
  try {
    const figures = await figuresFor(request);
    const reply: MetricsReply = { id, figures };
    parentPort?.postMessage(reply, transferableBuffers(figures));
  } catch (error) {
    // Also a reply that cannot be cloned: the caller hears why instead of losing the worker.
    const reply: MetricsReply = { id, failure: failureOf(error) };
    parentPort?.postMessage(reply);
  }
});
