import type { Migration } from '../migrator.ts';

/**
 * The goals' last measures (each goal's progress and weekly series, and today's value of every
 * metric a goal can be set on), so that every server process answers the goals list from one
 * measurement instead of each spending seconds of CPU at 100,000 customers on the same result.
 * One row per shop and subject ('metrics', or 'goal:' and the goal's id), with the fingerprint
 * of what it was measured from (the shop's day and time zone, its purchases' and customers'
 * data version, its consents and tags, the goal as stored): a row whose fingerprint differs
 * from today's is stale and measured again. A cache: losing it costs one measurement.
 */
export const goalMeasures: Migration = {
  name: '2026-12-06T1670-goal-measures',
  up: [
    `create table goal_measures (
      merchant_id uuid not null references merchants (id) on delete cascade,
      subject text not null check (length(subject) <= 60),
      inputs text not null,
      measured jsonb not null,
      measured_at timestamptz not null,
      primary key (merchant_id, subject)
    )`,
    'grant select, insert, update, delete on goal_measures to habitue_app',
    'alter table goal_measures enable row level security',
    'alter table goal_measures force row level security',
    `create policy tenant_isolation on goal_measures
      using (merchant_id = app_merchant_id()) with check (merchant_id = app_merchant_id())`,
  ],
};
