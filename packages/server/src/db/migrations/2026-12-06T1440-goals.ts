import type { Migration } from '../migrator.ts';

/**
 * The owner's SMART goals (seed 001, docs/analytics/goals.md): a metric measured from the shop's
 * data, its baseline measured when the goal was set (kept, so the starting point never moves),
 * a target and a deadline. Archiving keeps the goal and its history out of the list.
 */
export const goals: Migration = {
  name: '2026-12-06T1440-goals',
  up: [
    `create table goals (
      merchant_id uuid not null references merchants (id) on delete cascade,
      id uuid not null,
      name text check (length(name) between 1 and 120),
      metric text not null check (metric in ('purchase_frequency', 'member_average_basket',
        'churn_rate', 'retention_rate', 'email_subscribers', 'members', 'segment_revenue')),
      segment jsonb,
      template text check (length(template) <= 40),
      baseline double precision not null,
      target double precision not null,
      starts_on date not null,
      deadline date not null check (deadline > starts_on),
      created_at timestamptz not null,
      updated_at timestamptz not null,
      archived_at timestamptz,
      primary key (merchant_id, id),
      check ((metric = 'segment_revenue') = (segment is not null))
    )`,
    'create index goals_open_idx on goals (merchant_id, created_at) where archived_at is null',
    'grant select, insert, update on goals to habitue_app',
    'alter table goals enable row level security',
    'alter table goals force row level security',
    `create policy tenant_isolation on goals
      using (merchant_id = app_merchant_id()) with check (merchant_id = app_merchant_id())`,
  ],
};
