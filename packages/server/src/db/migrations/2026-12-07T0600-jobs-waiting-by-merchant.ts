import type { Migration } from '../migrator.ts';

/**
 * When more jobs are due than the runner's window of the oldest ones holds (a backlog), it
 * finds the shops with due work shop by shop (`listMerchantsWithDueJobs`): for each shop,
 * whether it has any job waiting, then its first queued jobs whose time has come and its
 * running jobs (few: one per busy worker slot) whose lease may have expired. One index, by
 * merchant, then status, then due time, answers all three with a probe each; it holds only the
 * jobs still to run. The index by due time alone (`jobs_due_idx`) still serves the window's
 * read, which is all the runner does while there is no backlog. On a Citus cluster the
 * statement reaches every shard of `jobs`.
 */
export const jobsWaitingByMerchant: Migration = {
  name: '2026-12-07T0600-jobs-waiting-by-merchant',
  up: [
    `create index jobs_waiting_idx on jobs (merchant_id, status, run_at)
      where status in ('queued', 'running')`,
  ],
};
