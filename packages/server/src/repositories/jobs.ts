import { type RawBuilder, sql } from 'kysely';
import type { JobStatus } from '../db/schema.ts';
import type { Tx } from '../db/tenant.ts';

export type NewJob = {
  merchantId: string;
  id: string;
  kind: string;
  payload: unknown;
  idempotencyKey: string | null;
  runAt: Date;
  maxAttempts: number;
  createdAt: Date;
};

/**
 * Adds a job unless one with the same (merchant, kind, idempotency key) exists. Returns the id
 * of the job now standing for that occasion and whether this call created it.
 */
export async function insertJob(tx: Tx, job: NewJob): Promise<{ id: string; created: boolean }> {
  const inserted = await tx
    .insertInto('jobs')
    .values({
      merchant_id: job.merchantId,
      id: job.id,
      kind: job.kind,
      payload: JSON.stringify(job.payload),
      idempotency_key: job.idempotencyKey,
      run_at: job.runAt,
      max_attempts: job.maxAttempts,
      created_at: job.createdAt,
    })
    .onConflict((oc) => oc.columns(['merchant_id', 'kind', 'idempotency_key']).doNothing())
    .returning('id')
    .executeTakeFirst();
  if (inserted) return { id: inserted.id, created: true };
  const existing = await tx
    .selectFrom('jobs')
    .select('id')
    .where('merchant_id', '=', job.merchantId)
    .where('kind', '=', job.kind)
    .where('idempotency_key', '=', job.idempotencyKey)
    .executeTakeFirstOrThrow();
  return { id: existing.id, created: false };
}

export type ClaimedJob = {
  merchantId: string;
  id: string;
  kind: string;
  payload: unknown;
  attempts: number;
  maxAttempts: number;
  leaseToken: string;
};

/**
 * A merchant with work for the runner: jobs to claim (counted up to the runner's free slots:
 * no shop can be given more), and whether any was abandoned.
 */
export type MerchantWithDueJobs = { merchantId: string; due: number; abandoned: boolean };

/**
 * How many of the oldest due jobs the runner's first read looks at: while fewer are due, that
 * read has seen every one of them, and so every shop with work, at the cost of one index range
 * (`jobs_due_idx`) however many shops there are.
 */
const DUE_WINDOW = 1000;

/**
 * The merchants with due work, oldest first: jobs of the given kinds to claim (queued and due,
 * or running with an expired lease), and jobs of any kind abandoned by a worker that died in
 * their last allowed attempt. Every shop with due work is seen, however many jobs another shop
 * has queued before it:
 * - first the oldest due jobs, up to `DUE_WINDOW`: when the window is not full, every due job
 *   is in it, and the answer comes from it (the common case: one index range, 23 buffers in
 *   docs/scale.md's measurement);
 * - a full window may hide shops behind one shop's backlog (a campaign, an import): then the
 *   shops are read one by one (`dueShopByShop`).
 * A plain read, no lock: the claims that follow lock each merchant's rows with its
 * `merchant_id` in the query, which a Citus cluster routes to the one shard that holds them (it
 * refuses a locking query across shards). Nothing due: an empty list, and no claim at all.
 */
export async function listMerchantsWithDueJobs(
  tx: Tx,
  options: { kinds: readonly string[]; now: Date; limit: number },
): Promise<MerchantWithDueJobs[]> {
  if (options.limit <= 0) return [];
  const { kinds, now, limit } = options;
  const ofKinds = kinds.length > 0 ? sql`kind in (${sql.join(kinds)})` : sql`false`;
  const { rows } = await sql<MerchantWithDueJobs & { inWindow: number }>`
    select merchant_id as "merchantId",
           (count(*) filter (where not abandoned))::int as due,
           bool_or(abandoned) as abandoned,
           (sum(count(*)) over ())::int as "inWindow"
      from (select merchant_id, run_at,
                   status = 'running' and attempts >= max_attempts as abandoned
              from jobs
             where ((status = 'queued' and run_at <= ${now})
                 or (status = 'running' and lease_expires_at <= ${now}))
               and (${ofKinds} or (status = 'running' and attempts >= max_attempts))
             order by run_at
             limit ${DUE_WINDOW}) d
     group by merchant_id
     order by min(run_at)
     limit ${limit}`.execute(tx);
  if (rows.length === 0 || rows[0]!.inWindow < DUE_WINDOW)
    return rows.map(({ inWindow: _, ...merchant }) => merchant);
  return dueShopByShop(tx, { ofKinds, now, limit });
}

/**
 * The shops with due work read one by one, for when more jobs are due than the window holds:
 * the first few due jobs of each (`jobs_waiting_idx`, merchant, status, due time), so a shop
 * with a backlog of a million jobs costs what a shop with one costs.
 *
 * What it costs grows with the number of shops, not of jobs: one index probe for a shop with
 * nothing waiting (`exists`, evaluated once per shop before the two reads of its due jobs),
 * three more for a shop with work. Measured with 1,000,000 due jobs of one shop (docs/scale.md,
 * "The job runner's read sees every shop"): 101 shops with work, 1,015 buffers; with 10,000 more
 * shops without, 31,109 — paid only while a backlog lasts.
 * A loose index scan (a recursive CTE hopping from one waiting shop to the next) would visit
 * the waiting shops only, but a Citus cluster refuses a recursive CTE that is not confined to
 * one merchant; this form, driven by `merchants`, is co-located with `jobs` and runs on each
 * shard as it is.
 */
async function dueShopByShop(
  tx: Tx,
  options: { ofKinds: RawBuilder<unknown>; now: Date; limit: number },
): Promise<MerchantWithDueJobs[]> {
  // (`kind` in `ofKinds` is the job's: the only table in scope with that column.)
  const { ofKinds, now, limit } = options;
  const { rows } = await sql<MerchantWithDueJobs>`
    select m.id as "merchantId", d.due, d.abandoned
      from merchants m
     cross join lateral (
       select min(w.run_at) as first_due,
              (count(*) filter (where not w.abandoned))::int as due,
              coalesce(bool_or(w.abandoned), false) as abandoned
         from ((select j.run_at, false as abandoned
                  from jobs j
                 where j.merchant_id = m.id and j.status = 'queued' and j.run_at <= ${now}
                   and ${ofKinds}
                 order by j.run_at
                 limit ${limit})
               union all
               (select j.run_at, j.attempts >= j.max_attempts as abandoned
                  from jobs j
                 where j.merchant_id = m.id and j.status = 'running'
                   and j.lease_expires_at <= ${now}
                   and (${ofKinds} or j.attempts >= j.max_attempts)
                 order by j.run_at
                 limit ${limit})) w
        where exists (select from jobs x
                       where x.merchant_id = m.id and x.status in ('queued', 'running'))) d
     where d.first_due is not null
     order by d.first_due
     limit ${limit}`.execute(tx);
  return rows;
}

/**
 * Gives up on one merchant's jobs whose worker vanished (lease expired) after their last
 * allowed attempt, so a job that kills its worker every time cannot loop forever. A row still
 * locked is a job whose run is still going on (its transaction holds the row): it is skipped,
 * not waited for.
 */
export async function failAbandonedJobs(tx: Tx, now: Date, merchantId: string): Promise<number> {
  const result = await sql`
    with gone as materialized (
      select id from jobs
       where merchant_id = ${merchantId}
         and status = 'running' and lease_expires_at <= ${now} and attempts >= max_attempts
         for update skip locked)
    update jobs j
       set status = 'failed',
           last_error = 'The worker stopped during the last allowed attempt (its lease expired).',
           finished_at = ${now},
           lease_token = null, lease_owner = null, lease_expires_at = null
      from gone
     where j.merchant_id = ${merchantId} and j.id = gone.id`.execute(tx);
  return Number(result.numAffectedRows ?? 0);
}

/**
 * Takes up to `limit` of one merchant's due jobs of the given kinds for one worker, oldest
 * first: queued jobs whose time has come and running jobs whose lease expired (their worker
 * died). Rows another worker is claiming right now are skipped, not waited for, so any number
 * of workers can poll at once and each job goes to one of them. The locked rows are chosen
 * once (a materialized CTE): as a sub-select joined to the update, the planner may scan it
 * again for each row, and each scan skips the rows this statement just took and locks the
 * next ones — the limit then no longer holds.
 */
export async function claimDueJobs(
  tx: Tx,
  options: {
    merchantId: string;
    kinds: readonly string[];
    now: Date;
    limit: number;
    leaseToken: string;
    leaseOwner: string;
    leaseExpiresAt: Date;
  },
): Promise<ClaimedJob[]> {
  if (options.kinds.length === 0 || options.limit <= 0) return [];
  const { rows } = await sql<ClaimedJob>`
    with due as materialized (
      select id from jobs
       where merchant_id = ${options.merchantId}
         and kind in (${sql.join(options.kinds)})
         and ((status = 'queued' and run_at <= ${options.now})
           or (status = 'running' and lease_expires_at <= ${options.now}))
       order by run_at
       limit ${options.limit}
         for update skip locked)
    update jobs j
       set status = 'running',
           attempts = j.attempts + 1,
           lease_token = ${options.leaseToken},
           lease_owner = ${options.leaseOwner},
           lease_expires_at = ${options.leaseExpiresAt},
           last_started_at = ${options.now}
      from due
     where j.merchant_id = ${options.merchantId} and j.id = due.id
 returning j.merchant_id as "merchantId", j.id, j.kind, j.payload, j.attempts,
           j.max_attempts as "maxAttempts", j.lease_token as "leaseToken"`.execute(tx);
  return rows;
}

/**
 * Locks a claimed job for the transaction that completes it, if the lease is still this
 * worker's. False when another worker took the job over (this one was presumed dead): the
 * caller must then roll back whatever the run did.
 */
export async function holdLease(tx: Tx, job: ClaimedJob): Promise<boolean> {
  const row = await tx
    .selectFrom('jobs')
    .select('id')
    .where('merchant_id', '=', job.merchantId)
    .where('id', '=', job.id)
    .where('lease_token', '=', job.leaseToken)
    .forUpdate()
    .executeTakeFirst();
  return row !== undefined;
}

export async function markJobSucceeded(tx: Tx, job: ClaimedJob, now: Date): Promise<void> {
  await tx
    .updateTable('jobs')
    .set({
      status: 'succeeded',
      finished_at: now,
      last_error: null,
      lease_token: null,
      lease_owner: null,
      lease_expires_at: null,
    })
    .where('merchant_id', '=', job.merchantId)
    .where('id', '=', job.id)
    .where('lease_token', '=', job.leaseToken)
    .execute();
}

/**
 * Records a failed run: back in the queue for `retryAt`, or failed for good when `retryAt` is
 * null. Only while the lease is still this worker's. Returns whether it was.
 */
export async function markJobFailed(
  tx: Tx,
  job: ClaimedJob,
  failure: { error: string; now: Date; retryAt: Date | null },
): Promise<boolean> {
  const status: JobStatus = failure.retryAt ? 'queued' : 'failed';
  const result = await tx
    .updateTable('jobs')
    .set({
      status,
      last_error: failure.error,
      ...(failure.retryAt ? { run_at: failure.retryAt } : { finished_at: failure.now }),
      lease_token: null,
      lease_owner: null,
      lease_expires_at: null,
    })
    .where('merchant_id', '=', job.merchantId)
    .where('id', '=', job.id)
    .where('lease_token', '=', job.leaseToken)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** A merchant's jobs, newest first, for the jobs page. */
export async function listJobs(
  tx: Tx,
  merchantId: string,
  options: { limit: number; status?: JobStatus },
) {
  let query = tx
    .selectFrom('jobs')
    .select([
      'id',
      'kind',
      'status',
      'attempts',
      'max_attempts',
      'run_at',
      'last_started_at',
      'finished_at',
      'last_error',
      'created_at',
    ])
    .where('merchant_id', '=', merchantId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(options.limit);
  if (options.status) query = query.where('status', '=', options.status);
  return query.execute();
}
