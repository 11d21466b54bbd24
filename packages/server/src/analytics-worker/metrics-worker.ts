import { parentPort } from 'node:worker_threads';
import { figuresOfTransactions } from '../use-cases/analytics/customer-metrics.ts';
import {
  encodeMessage,
  type FiguresInputMessage,
  type FiguresMessage,
  figuresMessage,
  inputOf,
  transferableBuffers,
} from './metrics-messages.ts';
import { type FailureMessage, failureOf } from './worker-failure.ts';

/** What the pool sends: one computation. */
export type MetricsRequest = { id: number; input: FiguresInputMessage };

/**
 * What the worker answers: the figures and their encoding for the database (both moved to the
 * server thread, not copied), or the failure the caller will see.
 */
export type MetricsReply =
  | { id: number; figures: FiguresMessage; stored: Uint8Array }
  | { id: number; failure: FailureMessage };

// One computation at a time: the pool sends the next one only after the reply.
parentPort?.on('message', ({ id, input }: MetricsRequest) => {
  try {
    const figures = figuresMessage(figuresOfTransactions(inputOf(input)));
    const stored = encodeMessage(figures);
    const reply: MetricsReply = { id, figures, stored };
    parentPort?.postMessage(reply, [...transferableBuffers(figures), stored.buffer as ArrayBuffer]);
  } catch (error) {
    // Also a reply that cannot be cloned: the caller hears why instead of losing the worker.
    const reply: MetricsReply = { id, failure: failureOf(error) };
    parentPort?.postMessage(reply);
  }
});
