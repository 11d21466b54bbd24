import type { Migration } from '../migrator.ts';

/**
 * The job runner finds the shops with due work shop by shop (`listMerchantsWithDueJobs`): for
 * each shop, whether it has any job waiting, then its first queued jobs whose time has come
 * and its running jobs (few: one per busy worker slot) whose lease may have expired. One index,
 * by merchant, then status, then due time, answers all three with a probe each; it holds only
 * the jobs still to run, as the index it replaces did. That index (by due time alone, across
 * shops) served the read of the oldest due jobs, in which one shop's backlog hid the others;
 * nothing reads it any more. On a Citus cluster both statements reach every shard of `jobs`.
 */
export const jobsWaitingByMerchant: Migration = {
  name: '2026-12-07T0600-jobs-waiting-by-merchant',
  up: [
    `create index jobs_waiting_idx on jobs (merchant_id, status, run_at)
      where status in ('queued', 'running')`,
    'drop index jobs_due_idx',
  ],
};
