import { type PartReading, readTextPart, type TextPartJob } from '@habitue/import';
import { answerJobs, type HelperThread } from './helper-thread.ts';

const TASK = 'read-part';

/**
 * {@link readTextPart} in the helper thread, so that on two cores the second half of a big file
 * is read while this thread reads the first (`collectTransactionsInTwoParts`). Started before
 * the file is read, the helper loads the bundle (≈ 0.14 s) while this thread reads and decodes
 * the file, and waits for its part. The job is copied to it (the half's text); its rows come
 * back in transferred buffers, not copied. Stopping the reading stops the helper: its later
 * jobs are then done here.
 */
export function partReader(helper: HelperThread): (job: TextPartJob) => PartReading {
  return (job) => ({ result: helper.run(TASK, job), stop: helper.stop });
}

answerJobs(TASK, (job: TextPartJob) => {
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
