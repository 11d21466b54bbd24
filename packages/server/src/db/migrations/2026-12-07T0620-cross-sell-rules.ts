import type { Migration } from '../migrator.ts';

/**
 * Each shop's last "bought A, then B" rules (cross-sell), with the data version they were mined
 * from, so that every server process reads one mining instead of each mining a large shop's
 * receipts again. The rules are mined in an analytics worker thread and
 * stored here; a row whose version differs from the shop's data is stale and mined again.
 * `names` maps an item's key to the name on its latest receipt. A cache: losing it costs one
 * mining.
 */
export const crossSellRules: Migration = {
  name: '2026-12-07T0620-cross-sell-rules',
  up: [
    `create table cross_sell_rules (
      merchant_id uuid primary key references merchants (id) on delete cascade,
      data_version text not null,
      computed_at timestamptz not null,
      customers_with_items integer not null,
      rules jsonb not null,
      names jsonb not null
    )`,
    'grant select, insert, update, delete on cross_sell_rules to habitue_app',
    'alter table cross_sell_rules enable row level security',
    'alter table cross_sell_rules force row level security',
    `create policy tenant_isolation on cross_sell_rules
      using (merchant_id = app_merchant_id()) with check (merchant_id = app_merchant_id())`,
  ],
};
