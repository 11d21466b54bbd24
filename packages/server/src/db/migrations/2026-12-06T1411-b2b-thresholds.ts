import type { Migration } from '../migrator.ts';

/**
 * The shop's volume discount for business accounts (docs/loyalty-rules.md, "B2B thresholds"):
 * its steps ("from 500 €, 3 %") and the months their spend is counted over, one row per shop.
 */
export const b2bThresholds: Migration = {
  name: '2026-12-06T1411-b2b-thresholds',
  up: [
    `create table b2b_threshold_settings (
      merchant_id uuid not null references merchants (id) on delete cascade,
      period_months integer not null check (period_months between 1 and 36),
      steps jsonb not null,
      updated_at timestamptz not null,
      primary key (merchant_id)
    )`,
    'grant select, insert, update on b2b_threshold_settings to habitue_app',
    'alter table b2b_threshold_settings enable row level security',
    'alter table b2b_threshold_settings force row level security',
    `create policy tenant_isolation on b2b_threshold_settings
      using (merchant_id = app_merchant_id()) with check (merchant_id = app_merchant_id())`,
  ],
};
