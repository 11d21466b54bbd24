import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import {
  type CollectedPart,
  type PartReading,
  readTextPart,
  type TextPartJob,
} from '@habitue/import';
import { workerOfModule } from './module-worker.ts';

/** Marks the worker this module starts, so that loading the module elsewhere starts nothing. */
const TASK = 'habitue-analyze-read-part';

interface ReadJob extends TextPartJob {
  task: typeof TASK;
}

/**
 * {@link readTextPart} in a worker thread, so that on two cores the second half of a big file is
 * read while this thread reads the first (`collectTransactionsInTwoParts`). The worker is this
 * very module — the bundle `habitue analyze` runs from, or its TypeScript source through tsx
 * when run from the sources. The job is copied to it (the half's text); its rows come back in
 * transferred buffers, not copied.
 */
export function readPartInWorker(job: TextPartJob): PartReading {
  const worker = workerOfModule(import.meta.url, { ...job, task: TASK });
  const result = new Promise<CollectedPart>((resolve, reject) => {
    worker.once('message', (part: CollectedPart) => resolve(part));
    worker.once('error', reject);
    worker.once('exit', (code) =>
      reject(new Error(`the reading worker exited (code ${code}) without a result`)),
    );
  });
  result.catch(() => {});
  return {
    result,
    stop: () => {
      void worker.terminate();
    },
  };
}

if (!isMainThread && (workerData as ReadJob | undefined)?.task === TASK) {
  const part = readTextPart(workerData as ReadJob);
  const { rows } = part;
  const buffers = [
    rows.customer,
    rows.day,
    rows.amountCents,
    rows.line,
    rows.rawStart,
    rows.rawEnd,
  ];
  parentPort!.postMessage(
    part,
    buffers.map((b) => b.buffer as ArrayBuffer),
  );
}
