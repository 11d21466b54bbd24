import { parentPort } from 'node:worker_threads';
import { computeCustomerFigures } from '../use-cases/analytics/customer-metrics.ts';
import {
  type FiguresInputMessage,
  type FiguresMessage,
  figuresMessage,
  inputOf,
} from './metrics-messages.ts';
import { type FailureMessage, failureOf } from './worker-failure.ts';

/** What the pool sends: one computation. */
export type MetricsRequest = { id: number; input: FiguresInputMessage };

/** What the worker answers: the figures, or the failure the caller will see. */
export type MetricsReply =
  | { id: number; figures: FiguresMessage }
  | { id: number; failure: FailureMessage };

// One computation at a time: the pool sends the next one only after the reply.
parentPort?.on('message', ({ id, input }: MetricsRequest) => {
  try {
    const reply: MetricsReply = {
      id,
      figures: figuresMessage(computeCustomerFigures(inputOf(input))),
    };
    parentPort?.postMessage(reply);
  } catch (error) {
    // Also a reply that cannot be cloned: the caller hears why instead of losing the worker.
    const reply: MetricsReply = { id, failure: failureOf(error) };
    parentPort?.postMessage(reply);
  }
});
