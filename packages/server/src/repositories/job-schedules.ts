import { sql } from 'kysely';
import type { Tx } from '../db/tenant.ts';

/**
 * Gives every shop the recurring job `kind` (on the given schedule) if it does not have it
 * yet; a schedule changed in the code replaces the stored one and is due again from now.
 * Cross-merchant: runs as the system role.
 */
export async function ensureScheduleForEveryMerchant(
  tx: Tx,
  kind: string,
  schedule: unknown,
  now: Date,
): Promise<void> {
  const json = JSON.stringify(schedule);
  // Only shops that lack the schedule, or have an outdated one, are written: cheap to repeat.
  await sql`
    insert into job_schedules (merchant_id, kind, schedule, next_run_at, created_at)
    select m.id, ${kind}, ${json}::jsonb, null, ${now}
      from merchants m
      left join job_schedules s on s.merchant_id = m.id and s.kind = ${kind}
     where s.merchant_id is null or s.schedule is distinct from ${json}::jsonb
    on conflict (merchant_id, kind) do update
       set schedule = excluded.schedule, next_run_at = null
     where job_schedules.schedule is distinct from excluded.schedule`.execute(tx);
}

export type DueSchedule = {
  merchantId: string;
  kind: string;
  schedule: unknown;
  nextRunAt: Date | null;
  timeZone: string;
};

/**
 * The shops with schedules due by `now` (or never computed), the longest overdue first, at
 * most `limit`. A plain read, no lock: each shop's schedules are then locked with its
 * `merchant_id` in the query (`lockDueSchedules`), the form a Citus cluster routes to one
 * shard.
 */
export async function listMerchantsWithDueSchedules(
  tx: Tx,
  kinds: readonly string[],
  now: Date,
  limit: number,
): Promise<string[]> {
  if (kinds.length === 0 || limit <= 0) return [];
  const { rows } = await sql<{ merchant_id: string }>`
    select merchant_id from job_schedules
     where kind in (${sql.join(kinds)})
       and (next_run_at is null or next_run_at <= ${now})
     group by merchant_id
     order by bool_or(next_run_at is null) desc, min(next_run_at)
     limit ${limit}`.execute(tx);
  return rows.map((r) => r.merchant_id);
}

/**
 * One shop's schedules due by `now` (or never computed), locked for this transaction;
 * schedules another process is advancing right now are skipped.
 */
export async function lockDueSchedules(
  tx: Tx,
  merchantId: string,
  kinds: readonly string[],
  now: Date,
): Promise<DueSchedule[]> {
  if (kinds.length === 0) return [];
  const { rows } = await sql<DueSchedule>`
    select s.merchant_id as "merchantId", s.kind, s.schedule, s.next_run_at as "nextRunAt",
           m.time_zone as "timeZone"
      from job_schedules s
      join merchants m on m.id = s.merchant_id
     where s.merchant_id = ${merchantId} and m.id = ${merchantId}
       and s.kind in (${sql.join(kinds)})
       and (s.next_run_at is null or s.next_run_at <= ${now})
     order by s.next_run_at nulls first
       for update of s skip locked`.execute(tx);
  return rows;
}

export async function advanceSchedule(
  tx: Tx,
  schedule: { merchantId: string; kind: string },
  change: { nextRunAt: Date; lastRunAt?: Date },
): Promise<void> {
  await tx
    .updateTable('job_schedules')
    .set({
      next_run_at: change.nextRunAt,
      ...(change.lastRunAt ? { last_run_at: change.lastRunAt } : {}),
    })
    .where('merchant_id', '=', schedule.merchantId)
    .where('kind', '=', schedule.kind)
    .execute();
}

/** A merchant's recurring jobs, for the jobs page. */
export function listSchedules(tx: Tx, merchantId: string) {
  return tx
    .selectFrom('job_schedules')
    .select(['kind', 'schedule', 'next_run_at', 'last_run_at'])
    .where('merchant_id', '=', merchantId)
    .orderBy('kind')
    .execute();
}
