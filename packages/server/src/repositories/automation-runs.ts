import { sql } from 'kysely';
import type { JobStatus } from '../db/schema.ts';
import type { Tx } from '../db/tenant.ts';

/** The latest run job of each automation (the job runner's own record: status, time, error). */
export async function latestAutomationRuns(tx: Tx, merchantId: string) {
  const result = await sql<{
    automation: string;
    status: JobStatus;
    run_at: Date;
    finished_at: Date | null;
    last_error: string | null;
    attempts: number;
  }>`
    select distinct on (payload->>'automation') payload->>'automation' as automation,
           status, run_at, finished_at, last_error, attempts
      from jobs
     where merchant_id = ${merchantId} and kind = 'automations.run'
     order by payload->>'automation', created_at desc, id desc`.execute(tx);
  return result.rows;
}

/** When the shop's daily automations run next and last ran. */
export function automationSchedule(tx: Tx, merchantId: string) {
  return tx
    .selectFrom('job_schedules')
    .select(['next_run_at', 'last_run_at'])
    .where('merchant_id', '=', merchantId)
    .where('kind', '=', 'automations.daily')
    .executeTakeFirst();
}
