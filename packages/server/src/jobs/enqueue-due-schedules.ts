import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { asSystem } from '../db/tenant.ts';
import {
  advanceSchedule,
  type DueSchedule,
  listMerchantsWithDueSchedules,
  lockDueSchedules,
} from '../repositories/job-schedules.ts';
import { enqueueJob } from './enqueue-job.ts';
import { MAX_CATCH_UP, type RecurringJob } from './recurring-job.ts';
import { dueOccurrences, occasionOf, Schedule } from './schedule.ts';

/** A schedule that could not be read is looked at again an hour later. */
const RETRY_BROKEN_MS = 3_600_000;

/**
 * Turns every schedule that fell due by `now` into jobs: one per occurrence (up to a month of
 * missed ones after a long stop), each keyed by its occasion so that two processes advancing
 * the same schedule, or a crash between the two steps, still give one job per occurrence.
 * A schedule seen for the first time starts from its next occurrence after `now`; one that
 * cannot be read is reported through `onError` and skipped for an hour.
 * Shops are found by a plain read, then each one's due schedules locked by its id (at most
 * `batch` shops per call). Returns how many jobs were enqueued.
 */
export async function enqueueDueSchedules(
  db: Kysely<Database>,
  recurring: readonly RecurringJob[],
  now: Date,
  onError?: (schedule: { merchantId: string; kind: string }, error: unknown) => void,
  batch = 100,
): Promise<number> {
  const byKind = new Map(recurring.map((r) => [r.job.kind, r]));
  return asSystem(db, async (tx) => {
    let enqueued = 0;
    const kinds = [...byKind.keys()];
    const dueSchedules: DueSchedule[] = [];
    for (const merchantId of await listMerchantsWithDueSchedules(tx, kinds, now, batch)) {
      dueSchedules.push(...(await lockDueSchedules(tx, merchantId, kinds, now)));
    }
    for (const due of dueSchedules) {
      const entry = byKind.get(due.kind);
      if (!entry) continue;
      let plan: { missed: Date[]; next: Date };
      try {
        plan = dueOccurrences(
          Schedule.parse(due.schedule),
          due.nextRunAt,
          now,
          due.timeZone,
          MAX_CATCH_UP,
        );
      } catch (error) {
        // A schedule or time zone that cannot be read must not stall every other shop's.
        onError?.(due, error);
        await advanceSchedule(tx, due, { nextRunAt: new Date(now.getTime() + RETRY_BROKEN_MS) });
        continue;
      }
      const { missed, next } = plan;
      for (const at of missed) {
        const occasion = occasionOf(at, due.timeZone);
        const { created } = await enqueueJob(tx, entry.job, {
          merchantId: due.merchantId,
          payload: { occasion, scheduledFor: at.toISOString() },
          runAt: at,
          now,
          key: `at:${occasion}`,
        });
        if (created) enqueued += 1;
      }
      const lastRunAt = missed.at(-1);
      await advanceSchedule(tx, due, { nextRunAt: next, ...(lastRunAt ? { lastRunAt } : {}) });
    }
    return enqueued;
  });
}
