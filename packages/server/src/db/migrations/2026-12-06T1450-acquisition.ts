import type { Migration } from '../migrator.ts';

const tenantPolicy = (table: string) => [
  `grant select, insert, update, delete on ${table} to habitue_app`,
  `alter table ${table} enable row level security`,
  `alter table ${table} force row level security`,
  `create policy tenant_isolation on ${table}
     using (merchant_id = app_merchant_id()) with check (merchant_id = app_merchant_id())`,
];

/**
 * Where customers come from (seeds 003, 004): the answers the owner offers to "comment nous
 * avez-vous connus ?" (archived, never deleted, so past answers keep their name), the answer
 * recorded for each customer (at sign-up or by the staff), and what the owner spent per month
 * on each of seed 003's two budgets — development (per channel, or '' for none) and loyalty.
 */
export const acquisition: Migration = {
  name: '2026-12-06T1450-acquisition',
  up: [
    `create table acquisition_channels (
      merchant_id uuid not null references merchants (id) on delete cascade,
      id uuid not null,
      label text not null check (length(label) between 1 and 60),
      position integer not null check (position between 0 and 1000),
      archived_at timestamptz,
      created_at timestamptz not null,
      primary key (merchant_id, id)
    )`,
    `create unique index acquisition_channels_label_idx
       on acquisition_channels (merchant_id, lower(label)) where archived_at is null`,
    `create table customer_acquisitions (
      merchant_id uuid not null,
      customer_id uuid not null,
      channel_id uuid not null,
      recorded_by text not null check (recorded_by in ('signup', 'staff')),
      recorded_at timestamptz not null,
      primary key (merchant_id, customer_id),
      foreign key (merchant_id, customer_id) references customers (merchant_id, id) on delete cascade,
      foreign key (merchant_id, channel_id) references acquisition_channels (merchant_id, id)
    )`,
    `create table acquisition_spend (
      merchant_id uuid not null references merchants (id) on delete cascade,
      month date not null check (extract(day from month) = 1),
      budget text not null check (budget in ('development', 'loyalty')),
      channel text not null default '' check (length(channel) <= 80),
      amount_cents bigint not null check (amount_cents between 0 and 10000000000),
      updated_at timestamptz not null,
      primary key (merchant_id, month, budget, channel),
      check (budget = 'development' or channel = '')
    )`,
    ...tenantPolicy('acquisition_channels'),
    ...tenantPolicy('customer_acquisitions'),
    ...tenantPolicy('acquisition_spend'),
  ],
};
