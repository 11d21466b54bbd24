import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { Database } from '../db/schema.ts';
import { asSystem, withMerchant } from '../db/tenant.ts';
import {
  type ClaimedJob,
  holdLease,
  markJobFailed,
  markJobSucceeded,
} from '../repositories/jobs.ts';
import { type JobDefinition, PermanentJobError } from './define-job.ts';
import { retryDelayMs } from './retry-delay.ts';

/** Another worker took the job over; whatever this run did is rolled back. */
class LeaseLost extends Error {}

export type RunOutcome = 'succeeded' | 'retrying' | 'failed' | 'lease-lost';

const MAX_ERROR_LENGTH = 2000;

/**
 * Runs one claimed job: the handler and the job's completion in one merchant-scoped
 * transaction that first re-checks and locks the lease. On failure the transaction is rolled
 * back and the failure recorded in a second one — queued again after a back-off, or failed once
 * the attempts are used up — with one log line (the message, not a stack per retry).
 * Never throws: the outcome says what happened.
 */
export async function runClaimedJob(
  deps: { db: Kysely<Database>; logger: Logger; now: () => Date },
  // biome-ignore lint/suspicious/noExplicitAny: definitions of every payload type share one map
  definition: JobDefinition<any>,
  job: ClaimedJob,
): Promise<RunOutcome> {
  const startedAt = deps.now();
  const log = deps.logger.child({ jobId: job.id, kind: job.kind, merchantId: job.merchantId });
  try {
    const parsed = definition.payload.safeParse(job.payload);
    if (!parsed.success) {
      throw new PermanentJobError(`The payload does not match this kind: ${parsed.error.message}`);
    }
    await withMerchant(deps.db, job.merchantId, async (tx) => {
      if (!(await holdLease(tx, job))) throw new LeaseLost();
      await definition.handle(
        {
          tx,
          db: deps.db,
          merchantId: job.merchantId,
          job: { id: job.id, kind: job.kind, attempt: job.attempts, maxAttempts: job.maxAttempts },
          now: startedAt,
          logger: log,
        },
        parsed.data,
      );
      await markJobSucceeded(tx, job, deps.now());
    });
    return 'succeeded';
  } catch (error) {
    if (error instanceof LeaseLost) {
      log.warn('job taken over by another worker after its lease expired; this run rolled back');
      return 'lease-lost';
    }
    const message = describeError(error);
    const permanent = error instanceof PermanentJobError || job.attempts >= job.maxAttempts;
    const failedAt = deps.now();
    const retryAt = permanent ? null : new Date(failedAt.getTime() + retryDelayMs(job.attempts));
    let recorded: boolean;
    try {
      recorded = await asSystem(deps.db, (tx) =>
        markJobFailed(tx, job, { error: message, now: failedAt, retryAt }),
      );
    } catch (recordError) {
      // The database is out of reach: the lease will expire and the job run again.
      log.error(
        { error: message, recordError: describeError(recordError) },
        'job failed and the failure could not be recorded; it will run again once its lease expires',
      );
      return 'retrying';
    }
    if (!recorded) return 'lease-lost';
    log.warn(
      { attempt: job.attempts, maxAttempts: job.maxAttempts, retryAt, error: message },
      retryAt ? 'job failed, will retry' : 'job failed for good',
    );
    return retryAt ? 'retrying' : 'failed';
  }
}

/** An error as one line for the jobs table and the log: its name and message, never a stack. */
export function describeError(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return text.length > MAX_ERROR_LENGTH ? `${text.slice(0, MAX_ERROR_LENGTH - 1)}…` : text;
}
