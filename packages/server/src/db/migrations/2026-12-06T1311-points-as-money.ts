import type { Migration } from '../migrator.ts';

/**
 * Points converted into money off a purchase: each conversion (its points debited in the
 * ledger) is a credit in cents, and each purchase that uses part of it is a row of its own, so
 * nothing is updated: what is left is the amount minus its uses.
 */
export const pointsAsMoney: Migration = {
  name: '2026-12-06T1311-points-as-money',
  up: [
    `create table points_conversions (
      merchant_id uuid not null,
      id uuid not null,
      customer_id uuid not null,
      program_id uuid not null,
      points integer not null check (points > 0),
      amount_cents bigint not null check (amount_cents between 1 and 100000000),
      actor_type text not null,
      actor_id text,
      created_at timestamptz not null,
      primary key (merchant_id, id),
      foreign key (merchant_id, customer_id) references customers (merchant_id, id),
      foreign key (merchant_id, program_id) references programs (merchant_id, id)
    )`,
    `create index points_conversions_customer_idx
       on points_conversions (merchant_id, customer_id, created_at)`,
    `create table points_conversion_uses (
      merchant_id uuid not null,
      conversion_id uuid not null,
      purchase_id uuid not null,
      amount_cents bigint not null check (amount_cents > 0),
      used_at timestamptz not null,
      primary key (merchant_id, conversion_id, purchase_id),
      foreign key (merchant_id, conversion_id) references points_conversions (merchant_id, id),
      foreign key (merchant_id, purchase_id) references purchases (merchant_id, id)
    )`,
    'grant select, insert on points_conversions, points_conversion_uses to habitue_app',
    ...['points_conversions', 'points_conversion_uses'].flatMap((table) => [
      `alter table ${table} enable row level security`,
      `alter table ${table} force row level security`,
      `create policy tenant_isolation on ${table}
         using (merchant_id = app_merchant_id()) with check (merchant_id = app_merchant_id())`,
    ]),
  ],
};
