import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { asSystem } from '../db/tenant.ts';
import { advanceSchedule, lockDueSchedules } from '../repositories/job-schedules.ts';
import { enqueueJob } from './enqueue-job.ts';
import { MAX_CATCH_UP, type RecurringJob } from './recurring-job.ts';
import { nextOccurrence, occasionOf, Schedule } from './schedule.ts';

/**
 * Turns every schedule that fell due by `now` into jobs: one per occurrence (up to a month of
 * missed ones after a long stop), each keyed by its occasion so that two processes advancing
 * the same schedule, or a crash between the two steps, still give one job per occurrence.
 * A schedule seen for the first time starts from its next occurrence after `now`.
 * Returns how many jobs were enqueued.
 */
export async function enqueueDueSchedules(
  db: Kysely<Database>,
  recurring: readonly RecurringJob[],
  now: Date,
  batch = 100,
): Promise<number> {
  const byKind = new Map(recurring.map((r) => [r.job.kind, r]));
  return asSystem(db, async (tx) => {
    let enqueued = 0;
    for (const due of await lockDueSchedules(tx, [...byKind.keys()], now, batch)) {
      const entry = byKind.get(due.kind);
      if (!entry) continue;
      const schedule = Schedule.parse(due.schedule);
      let occurrence = due.nextRunAt;
      if (occurrence === null) {
        await advanceSchedule(tx, due, { nextRunAt: nextOccurrence(schedule, now, due.timeZone) });
        continue;
      }
      const missed: Date[] = [];
      while (occurrence.getTime() <= now.getTime()) {
        missed.push(occurrence);
        occurrence = nextOccurrence(schedule, occurrence, due.timeZone);
      }
      for (const at of missed.slice(-MAX_CATCH_UP)) {
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
      await advanceSchedule(tx, due, { nextRunAt: occurrence, lastRunAt: missed.at(-1) ?? now });
    }
    return enqueued;
  });
}
