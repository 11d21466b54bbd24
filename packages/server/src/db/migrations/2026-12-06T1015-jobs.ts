import type { Migration } from '../migrator.ts';

/**
 * The durable job runner's storage (docs/decisions/0008-job-runner-in-the-database.md).
 * `jobs` is the queue: a row is enqueued in the same transaction as the business write that
 * wants it, claimed with a lease (`FOR UPDATE SKIP LOCKED`), and completed in the same
 * transaction as the handler's effect. Rows are kept once finished: the idempotency key
 * (merchant, kind, key) must keep saying "this occasion was already handled".
 * `job_schedules` holds each shop's recurring jobs and when each is next due.
 */
export const jobs: Migration = {
  name: '2026-12-06T1015-jobs',
  up: [
    `create table jobs (
      merchant_id uuid not null references merchants (id) on delete cascade,
      id uuid not null,
      kind text not null check (length(kind) between 1 and 100),
      payload jsonb not null,
      idempotency_key text check (length(idempotency_key) between 1 and 200),
      status text not null default 'queued'
        check (status in ('queued', 'running', 'succeeded', 'failed')),
      run_at timestamptz not null,
      attempts integer not null default 0 check (attempts >= 0),
      max_attempts integer not null check (max_attempts between 1 and 100),
      lease_token uuid,
      lease_owner text,
      lease_expires_at timestamptz,
      last_started_at timestamptz,
      finished_at timestamptz,
      last_error text,
      created_at timestamptz not null,
      primary key (merchant_id, id),
      unique (merchant_id, kind, idempotency_key),
      check ((status = 'running') = (lease_token is not null and lease_expires_at is not null))
    )`,
    // What a worker scans: only the rows still to run, oldest due first.
    `create index jobs_due_idx on jobs (run_at) where status in ('queued', 'running')`,
    `create index jobs_merchant_recent_idx on jobs (merchant_id, created_at desc)`,
    `create table job_schedules (
      merchant_id uuid not null references merchants (id) on delete cascade,
      kind text not null check (length(kind) between 1 and 100),
      schedule jsonb not null,
      next_run_at timestamptz,
      last_run_at timestamptz,
      created_at timestamptz not null,
      primary key (merchant_id, kind)
    )`,
    `create index job_schedules_due_idx on job_schedules (next_run_at)`,
    ...['jobs', 'job_schedules'].flatMap((table) => [
      `grant select, insert, update on ${table} to habitue_app`,
      `alter table ${table} enable row level security`,
      `alter table ${table} force row level security`,
      `create policy tenant_isolation on ${table}
        using (merchant_id = app_merchant_id()) with check (merchant_id = app_merchant_id())`,
    ]),
  ],
};
