import type { JobStatus } from '../../db/schema.ts';
import { withMerchant } from '../../db/tenant.ts';
import { Schedule } from '../../jobs/schedule.ts';
import { listSchedules } from '../../repositories/job-schedules.ts';
import { listJobs as listJobRows } from '../../repositories/jobs.ts';
import type { MerchantScope } from '../scope.ts';

const iso = (at: Date | null) => (at ? at.toISOString() : null);

/**
 * What the shop's background work is doing: its recurring jobs with their next and last run,
 * and its latest jobs (newest first) with their status, tries and last error.
 */
export async function listJobs(
  scope: Pick<MerchantScope, 'db' | 'merchantId'>,
  input: { limit: number; status?: JobStatus },
) {
  const { rows, schedules } = await withMerchant(scope.db, scope.merchantId, async (tx) => ({
    rows: await listJobRows(tx, scope.merchantId, input),
    schedules: await listSchedules(tx, scope.merchantId),
  }));
  return {
    schedules: schedules.map((s) => ({
      kind: s.kind,
      schedule: Schedule.parse(s.schedule),
      nextRunAt: iso(s.next_run_at),
      lastRunAt: iso(s.last_run_at),
    })),
    items: rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      status: r.status,
      attempts: r.attempts,
      maxAttempts: r.max_attempts,
      createdAt: r.created_at.toISOString(),
      lastRunAt: iso(r.last_started_at),
      // A queued job's next try; a running one is being tried now, a finished one never again.
      nextRunAt: r.status === 'queued' ? r.run_at.toISOString() : null,
      finishedAt: iso(r.finished_at),
      lastError: r.last_error,
    })),
  };
}
