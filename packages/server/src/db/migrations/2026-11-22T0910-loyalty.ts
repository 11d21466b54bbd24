import type { Migration } from '../migrator.ts';

/**
 * Programs, purchases and the ledger. Balances are never stored: a balance is the sum of
 * `ledger_entries.delta`, which the application role can only read and append to. Vouchers
 * are never changed either: using or voiding one appends a `voucher_events` row, and the
 * unique key on it is what makes a voucher usable once even under concurrent requests.
 */
export const loyalty: Migration = {
  name: '2026-11-22T0910-loyalty',
  up: [
    `create table programs (
      merchant_id uuid not null references merchants (id) on delete cascade,
      id uuid not null,
      kind text not null check (kind in ('stamps', 'points')),
      name jsonb not null,
      rules jsonb not null,
      spend_estimate jsonb not null default '{}',
      version integer not null default 1,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      archived_at timestamptz,
      primary key (merchant_id, id)
    )`,
    `create table rewards (
      merchant_id uuid not null,
      id uuid not null,
      program_id uuid not null,
      name jsonb not null,
      cost integer not null check (cost > 0),
      cost_price_cents integer not null check (cost_price_cents >= 0),
      retail_value_cents integer not null check (retail_value_cents >= 0),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      archived_at timestamptz,
      primary key (merchant_id, id),
      foreign key (merchant_id, program_id) references programs (merchant_id, id)
    )`,
    `create table purchases (
      merchant_id uuid not null,
      id uuid not null,
      customer_id uuid not null,
      amount_cents bigint not null check (amount_cents >= 0),
      occurred_at timestamptz not null,
      location_id uuid,
      external_id text,
      items jsonb,
      actor_type text not null,
      actor_id text,
      created_at timestamptz not null default now(),
      primary key (merchant_id, id),
      foreign key (merchant_id, customer_id) references customers (merchant_id, id),
      foreign key (merchant_id, location_id) references locations (merchant_id, id),
      unique (merchant_id, external_id)
    )`,
    `create index purchases_customer_idx on purchases (merchant_id, customer_id, occurred_at)`,
    `create index purchases_time_idx on purchases (merchant_id, occurred_at)`,
    `create table refunds (
      merchant_id uuid not null,
      id uuid not null,
      purchase_id uuid not null,
      amount_cents bigint not null check (amount_cents > 0),
      reason text,
      actor_type text not null,
      actor_id text,
      created_at timestamptz not null default now(),
      primary key (merchant_id, id),
      foreign key (merchant_id, purchase_id) references purchases (merchant_id, id)
    )`,
    `create index refunds_purchase_idx on refunds (merchant_id, purchase_id)`,
    `create table vouchers (
      merchant_id uuid not null,
      id text not null,
      customer_id uuid not null,
      program_id uuid not null,
      reward_id uuid not null,
      code text not null,
      cost integer not null,
      unit text not null check (unit in ('stamps', 'points')),
      source jsonb not null,
      issued_at timestamptz not null,
      expires_at timestamptz,
      primary key (merchant_id, id),
      unique (merchant_id, code),
      foreign key (merchant_id, customer_id) references customers (merchant_id, id),
      foreign key (merchant_id, program_id) references programs (merchant_id, id),
      foreign key (merchant_id, reward_id) references rewards (merchant_id, id)
    )`,
    `create index vouchers_customer_idx on vouchers (merchant_id, customer_id)`,
    `create table redemptions (
      merchant_id uuid not null,
      id uuid not null,
      customer_id uuid not null,
      program_id uuid not null,
      reward_id uuid not null,
      voucher_id text not null,
      cost integer not null,
      unit text not null,
      actor_type text not null,
      actor_id text,
      created_at timestamptz not null default now(),
      primary key (merchant_id, id),
      foreign key (merchant_id, customer_id) references customers (merchant_id, id),
      foreign key (merchant_id, voucher_id) references vouchers (merchant_id, id)
    )`,
    `create index redemptions_customer_idx on redemptions (merchant_id, customer_id)`,
    `create table voucher_events (
      merchant_id uuid not null,
      voucher_id text not null,
      kind text not null check (kind in ('used', 'voided')),
      at timestamptz not null,
      redemption_id uuid,
      refund_id uuid,
      primary key (merchant_id, voucher_id),
      foreign key (merchant_id, voucher_id) references vouchers (merchant_id, id)
    )`,
    `create table ledger_entries (
      merchant_id uuid not null,
      id uuid not null,
      customer_id uuid not null,
      program_id uuid not null,
      program_version integer not null,
      kind text not null check (kind in ('earn', 'redeem', 'expire', 'adjust', 'reverse')),
      unit text not null check (unit in ('stamps', 'points')),
      delta integer not null,
      cause_type text not null,
      cause_ref text,
      cause jsonb not null,
      actor_type text not null,
      actor_id text,
      occurred_at timestamptz not null,
      created_at timestamptz not null default now(),
      primary key (merchant_id, id),
      foreign key (merchant_id, customer_id) references customers (merchant_id, id),
      foreign key (merchant_id, program_id) references programs (merchant_id, id)
    )`,
    `create index ledger_customer_idx on ledger_entries (merchant_id, customer_id, program_id)`,
    `create index ledger_cause_idx on ledger_entries (merchant_id, cause_type, cause_ref)`,
    `create function ledger_is_append_only() returns trigger language plpgsql as $$
      begin
        raise exception 'ledger entries are append-only' using errcode = 'insufficient_privilege';
      end $$`,
    `create trigger ledger_entries_append_only before update or delete on ledger_entries
      for each row execute function ledger_is_append_only()`,
    `create trigger ledger_entries_no_truncate before truncate on ledger_entries
      for each statement execute function ledger_is_append_only()`,
    `create table idempotency_keys (
      merchant_id uuid not null references merchants (id) on delete cascade,
      principal text not null,
      key text not null,
      request_hash text not null,
      response_status integer,
      response_body jsonb,
      created_at timestamptz not null default now(),
      primary key (merchant_id, principal, key)
    )`,
  ],
};
