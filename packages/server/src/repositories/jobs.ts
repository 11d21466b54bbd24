import { sql } from 'kysely';
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

/** A merchant with work for the runner: jobs to claim, and whether any was abandoned. */
export type MerchantWithDueJobs = { merchantId: string; due: number; abandoned: boolean };

/**
 * How many of the oldest due jobs the runner looks at to find the merchants with work: the
 * read costs the same with a backlog of a million jobs as with ten.
 */
const DUE_WINDOW = 1000;

/**
 * The merchants with due work, oldest first: jobs of the given kinds to claim (queued and due,
 * or running with an expired lease), and jobs of any kind abandoned by a worker that died in
 * their last allowed attempt. A plain read, no lock: the claims that follow lock each
 * merchant's rows with its `merchant_id` in the query, which a Citus cluster routes to the one
 * shard that holds them (it refuses a locking query across shards). Nothing due: an empty
 * list, and no claim at all.
 */
export async function listMerchantsWithDueJobs(
  tx: Tx,
  options: { kinds: readonly string[]; now: Date; limit: number },
): Promise<MerchantWithDueJobs[]> {
  if (options.limit <= 0) return [];
  const kinds = options.kinds.length > 0 ? sql`kind in (${sql.join(options.kinds)})` : sql`false`;
  const { rows } = await sql<MerchantWithDueJobs>`
    select merchant_id as "merchantId",
           (count(*) filter (where not abandoned))::int as due,
           bool_or(abandoned) as abandoned
      from (select merchant_id, run_at,
                   status = 'running' and attempts >= max_attempts as abandoned
              from jobs
             where ((status = 'queued' and run_at <= ${options.now})
                 or (status = 'running' and lease_expires_at <= ${options.now}))
               and (${kinds} or (status = 'running' and attempts >= max_attempts))
             order by run_at
             limit ${DUE_WINDOW}) d
     group by merchant_id
     order by min(run_at)
     limit ${options.limit}`.execute(tx);
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
