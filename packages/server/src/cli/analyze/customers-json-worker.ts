import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import type { CustomerColumns } from './customer-columns.ts';
import { customersJson } from './customers-json.ts';
import { workerOfModule } from './module-worker.ts';

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
  const worker = workerOfModule(import.meta.url, { task: TASK });
  let given = false;
  const result = new Promise<string>((resolve, reject) => {
    worker.once('message', (text: string) => resolve(text));
    worker.once('error', reject);
    worker.once('exit', (code) =>
      reject(new Error(`the customer list's worker exited (code ${code}) without a result`)),
    );
  });
  result.catch(() => {});
  return {
    write: (columns) => {
      given = true;
      worker.postMessage(columns);
      return result;
    },
    release: () => {
      if (!given) void worker.terminate();
    },
  };
}

if (!isMainThread && (workerData as { task?: string } | undefined)?.task === TASK) {
  parentPort!.once('message', (columns: CustomerColumns) => {
    parentPort!.postMessage([...customersJson(columns, 0, columns.ids.length)].join(''));
  });
}
