import type { Migration } from '../migrator.ts';

const TENANT_OWNED = [
  'club_settings',
  'club_events',
  'causes',
  'cause_settings',
  'customer_causes',
  'cause_shares',
  'cause_payments',
] as const;

/** Rows that record money given or taken: the application may read and add them, never change them. */
const APPEND_ONLY = new Set(['club_events', 'cause_shares', 'cause_payments']);

/**
 * The paid club and the cause (docs/loyalty-rules.md, "The paid club", "The cause").
 * `club_events` are the fees paid (cash or card noted) and the cancellations a membership is
 * computed from; `cause_shares` is each purchase's share for the cause and what refunds took
 * back; `cause_payments` are the donations the shop made. All three are append-only.
 */
export const clubAndCauses: Migration = {
  name: '2026-12-06T1330-club-and-causes',
  up: [
    `create table club_settings (
      merchant_id uuid not null references merchants (id) on delete cascade,
      name text not null check (length(name) between 1 and 60),
      period text not null check (period in ('monthly', 'yearly')),
      fee_cents bigint not null check (fee_cents between 1 and 100000),
      discount_percent integer not null check (discount_percent between 0 and 50),
      perks jsonb not null,
      grace_days integer not null check (grace_days between 0 and 60),
      reminder_days integer not null check (reminder_days between 0 and 60),
      active boolean not null default true,
      created_at timestamptz not null,
      updated_at timestamptz not null,
      primary key (merchant_id)
    )`,
    `create table club_events (
      merchant_id uuid not null,
      id uuid not null,
      customer_id uuid not null,
      kind text not null check (kind in ('payment', 'cancellation')),
      occurred_at timestamptz not null,
      period text check (period in ('monthly', 'yearly')),
      amount_cents bigint check (amount_cents between 0 and 100000),
      method text check (method in ('cash', 'card', 'other')),
      actor_type text not null,
      actor_id text,
      created_at timestamptz not null,
      primary key (merchant_id, id),
      foreign key (merchant_id, customer_id) references customers (merchant_id, id) on delete cascade,
      check ((kind = 'payment') = (period is not null and amount_cents is not null and method is not null))
    )`,
    'create index club_events_customer_idx on club_events (merchant_id, customer_id, occurred_at)',
    `create table causes (
      merchant_id uuid not null references merchants (id) on delete cascade,
      id uuid not null,
      name text not null check (length(name) between 1 and 80),
      description text check (length(description) <= 280),
      active boolean not null default true,
      created_at timestamptz not null,
      updated_at timestamptz not null,
      primary key (merchant_id, id)
    )`,
    `create table cause_settings (
      merchant_id uuid not null references merchants (id) on delete cascade,
      rule jsonb not null,
      default_cause_id uuid not null,
      customers_choose boolean not null default false,
      updated_at timestamptz not null,
      primary key (merchant_id),
      foreign key (merchant_id, default_cause_id) references causes (merchant_id, id)
    )`,
    `create table customer_causes (
      merchant_id uuid not null,
      customer_id uuid not null,
      cause_id uuid not null,
      chosen_at timestamptz not null,
      primary key (merchant_id, customer_id),
      foreign key (merchant_id, customer_id) references customers (merchant_id, id) on delete cascade,
      foreign key (merchant_id, cause_id) references causes (merchant_id, id)
    )`,
    `create table cause_shares (
      merchant_id uuid not null,
      id uuid not null,
      cause_id uuid not null,
      customer_id uuid not null,
      purchase_id uuid not null,
      refund_id uuid,
      amount_cents bigint not null,
      occurred_at timestamptz not null,
      created_at timestamptz not null,
      primary key (merchant_id, id),
      foreign key (merchant_id, cause_id) references causes (merchant_id, id),
      foreign key (merchant_id, customer_id) references customers (merchant_id, id) on delete cascade,
      foreign key (merchant_id, purchase_id) references purchases (merchant_id, id) on delete cascade,
      check ((refund_id is null) = (amount_cents >= 0))
    )`,
    // One share per purchase and one take-back per refund: a retried write cannot give twice.
    `create unique index cause_shares_purchase_key on cause_shares (merchant_id, purchase_id)
       where refund_id is null`,
    `create unique index cause_shares_refund_key on cause_shares (merchant_id, refund_id)
       where refund_id is not null`,
    'create index cause_shares_customer_idx on cause_shares (merchant_id, customer_id)',
    'create index cause_shares_period_idx on cause_shares (merchant_id, cause_id, occurred_at)',
    `create table cause_payments (
      merchant_id uuid not null,
      id uuid not null,
      cause_id uuid not null,
      amount_cents bigint not null check (amount_cents between 1 and 100000000),
      paid_on date not null,
      reference text check (length(reference) <= 120),
      actor_type text not null,
      actor_id text,
      created_at timestamptz not null,
      primary key (merchant_id, id),
      foreign key (merchant_id, cause_id) references causes (merchant_id, id)
    )`,
    ...TENANT_OWNED.flatMap((table) => [
      APPEND_ONLY.has(table)
        ? `grant select, insert on ${table} to habitue_app`
        : `grant select, insert, update, delete on ${table} to habitue_app`,
      `alter table ${table} enable row level security`,
      `alter table ${table} force row level security`,
      `create policy tenant_isolation on ${table}
        using (merchant_id = app_merchant_id()) with check (merchant_id = app_merchant_id())`,
    ]),
  ],
};
