import type { Migration } from '../migrator.ts';

/**
 * The last fit of each shop's value models, so that every server process predicts from the same
 * fit instead of each fitting its own (the expensive part of the dashboard's figures). A cache:
 * losing it costs one fit.
 */
export const analyticsFits: Migration = {
  name: '2026-12-06T1392-analytics-fits',
  up: [
    `create table analytics_fits (
      merchant_id uuid primary key references merchants (id) on delete cascade,
      fitted text not null,
      fitted_at timestamptz not null
    )`,
    'grant select, insert, update, delete on analytics_fits to habitue_app',
    'alter table analytics_fits enable row level security',
    'alter table analytics_fits force row level security',
    `create policy tenant_isolation on analytics_fits
      using (merchant_id = app_merchant_id()) with check (merchant_id = app_merchant_id())`,
  ],
};
