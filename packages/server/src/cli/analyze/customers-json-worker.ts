import type { CustomerColumns } from './customer-columns.ts';
import { customersJson } from './customers-json.ts';
import { answerOneJob, startOneJobWorker } from './module-worker.ts';

/** Marks the worker this module starts, so that loading the module elsewhere starts nothing. */
const TASK = 'habitue-analyze-customers-json';

/** A worker thread that writes one part of the customer list as JSON (one part, once). */
export interface CustomersJsonWriter {
  /** The part's JSON, as {@link customersJson} writes it, joined. */
  write: (columns: CustomerColumns) => Promise<string>;
  /** Stops the worker when it was given no part: call it always. */
  release: () => void;
}

/**
 * {@link customersJson} in a worker thread: on two cores the second half of a big customer list
 * is laid out while this thread lays out the first — the last part of `--json`, when every
 * other thread has finished. Started before it is needed, it loads the bundle while the models
 * are fitted. The part is copied to it as typed arrays and strings; its text is copied back.
 */
export function startCustomersJsonWriter(): CustomersJsonWriter {
  const worker = startOneJobWorker<CustomerColumns, string>(import.meta.url, TASK);
  return { write: worker.give, release: worker.release };
}

answerOneJob(TASK, (columns: CustomerColumns) => ({
  result: [...customersJson(columns, 0, columns.ids.length)].join(''),
}));
