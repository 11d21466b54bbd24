import {
  type CollectedPart,
  type PartReading,
  readTextPart,
  type TextPartJob,
} from '@habitue/import';
import { answerOneJob, startOneJobWorker } from './module-worker.ts';

/** Marks the worker this module starts, so that loading the module elsewhere starts nothing. */
const TASK = 'habitue-analyze-read-part';

/** A worker thread that reads the part of the file it is given (one part, once). */
export interface PartReader {
  read: (job: TextPartJob) => PartReading;
  /** Stops the worker when it was given no part (a small file, a spreadsheet): call it always. */
  release: () => void;
}

/**
 * {@link readTextPart} in a worker thread, so that on two cores the second half of a big file is
 * read while this thread reads the first (`collectTransactionsInTwoParts`). The worker is this
 * very module — the bundle `habitue analyze` runs from, or its TypeScript source through tsx
 * when run from the sources. Started before the file is read, it loads the bundle (≈ 0.14 s)
 * while this thread reads and decodes the file, and waits for its part. The job is copied to it
 * (the half's text); its rows come back in transferred buffers, not copied.
 */
export function startPartReader(): PartReader {
  const worker = startOneJobWorker<TextPartJob, CollectedPart>(import.meta.url, TASK);
  return {
    read: (job) => ({ result: worker.give(job), stop: worker.stop }),
    release: worker.release,
  };
}

/** A part read by a worker thread started for it. */
export function readPartInWorker(job: TextPartJob): PartReading {
  return startPartReader().read(job);
}

answerOneJob(TASK, (job: TextPartJob) => {
  const part = readTextPart(job);
  const { rows } = part;
  const buffers = [
    rows.customer,
    rows.day,
    rows.amountCents,
    rows.line,
    rows.rawStart,
    rows.rawEnd,
  ];
  return { result: part, transfer: buffers.map((b) => b.buffer as ArrayBuffer) };
});
