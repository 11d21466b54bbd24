import type { Migration } from '../migrator.ts';

/**
 * The last computation of each shop's dashboard figures (per-customer predictions, RFM, backtest,
 * seasons), so that a server process that has none in memory reads them instead of spending a
 * minute of CPU at 100,000 customers on the same result. A cache: losing it costs one computation.
 * `figures` is the computation as Node's structured clone writes it (`v8.serialize`); a process
 * that cannot read it computes again.
 */
export const analyticsFigures: Migration = {
  name: '2026-12-06T1520-analytics-figures',
  up: [
    `create table analytics_figures (
      merchant_id uuid primary key references merchants (id) on delete cascade,
      data_version text not null,
      settings jsonb not null,
      computed_at timestamptz not null,
      figures bytea not null
    )`,
    'grant select, insert, update, delete on analytics_figures to habitue_app',
    'alter table analytics_figures enable row level security',
    'alter table analytics_figures force row level security',
    `create policy tenant_isolation on analytics_figures
      using (merchant_id = app_merchant_id()) with check (merchant_id = app_merchant_id())`,
  ],
};
