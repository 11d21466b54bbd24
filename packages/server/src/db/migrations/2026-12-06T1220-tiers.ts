import type { Migration } from '../migrator.ts';

/**
 * Tiers (docs/loyalty-rules.md, "Tiers"; decision 0016). `tier_ladders` holds one ladder per
 * shop — levels are a shop's, not a program's: one customer has one level whatever cards they
 * hold — as a version number like programs. `customer_tiers` is the level each member was last
 * told about, so that a purchase, a refund or the daily review can tell when it changed and
 * announce `tier.changed` once; the level itself is always recomputed from the purchase history.
 */
export const tiers: Migration = {
  name: '2026-12-06T1220-tiers',
  up: [
    `create table tier_ladders (
      merchant_id uuid not null references merchants (id) on delete cascade,
      ladder jsonb not null,
      version integer not null check (version > 0),
      created_at timestamptz not null,
      updated_at timestamptz not null,
      primary key (merchant_id)
    )`,
    `create table customer_tiers (
      merchant_id uuid not null,
      customer_id uuid not null,
      level_id text not null,
      since text not null check (since ~ '^\\d{4}-\\d{2}-\\d{2}$'),
      updated_at timestamptz not null,
      primary key (merchant_id, customer_id),
      foreign key (merchant_id, customer_id) references customers (merchant_id, id) on delete cascade
    )`,
    ...['tier_ladders', 'customer_tiers'].flatMap((table) => [
      `grant select, insert, update, delete on ${table} to habitue_app`,
      `alter table ${table} enable row level security`,
      `alter table ${table} force row level security`,
      `create policy tenant_isolation on ${table}
        using (merchant_id = app_merchant_id()) with check (merchant_id = app_merchant_id())`,
    ]),
  ],
};
