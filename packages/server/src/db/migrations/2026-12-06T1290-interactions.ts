import type { Migration } from '../migrator.ts';

/**
 * What happened between the shop and a customer outside the till: calls, visits, emails,
 * complaints, disputes (with their status and what was conceded) and late payments (amount and
 * days late). With the shop's hourly cost and financing rate they give the cost of serving a
 * customer, next to the margin the customer brings.
 */
export const interactions: Migration = {
  name: '2026-12-06T1290-interactions',
  up: [
    `create table interactions (
      merchant_id uuid not null,
      id uuid not null,
      customer_id uuid not null,
      kind text not null
        check (kind in ('call', 'visit', 'email', 'complaint', 'dispute', 'late_payment')),
      occurred_at timestamptz not null,
      author_type text not null,
      author_id text,
      minutes_spent integer not null default 0 check (minutes_spent between 0 and 1440),
      outcome text check (length(outcome) <= 2000),
      conceded_cents bigint not null default 0 check (conceded_cents between 0 and 100000000),
      dispute_status text check (dispute_status in ('open', 'resolved', 'rejected')),
      late_amount_cents bigint check (late_amount_cents between 1 and 100000000),
      late_days integer check (late_days between 1 and 3650),
      created_at timestamptz not null,
      updated_at timestamptz not null,
      primary key (merchant_id, id),
      foreign key (merchant_id, customer_id) references customers (merchant_id, id) on delete cascade,
      check ((kind = 'dispute') = (dispute_status is not null)),
      check ((kind = 'late_payment') = (late_amount_cents is not null and late_days is not null))
    )`,
    `create index interactions_customer_idx
       on interactions (merchant_id, customer_id, occurred_at desc, id desc)`,
    'grant select, insert, update, delete on interactions to habitue_app',
    'alter table interactions enable row level security',
    'alter table interactions force row level security',
    `create policy tenant_isolation on interactions
       using (merchant_id = app_merchant_id()) with check (merchant_id = app_merchant_id())`,
    // What an hour of the team's time costs, and what money waiting costs the shop (basis points a
    // year): both unknown until the owner says, so no cost is invented.
    'alter table merchants add column hourly_cost_cents integer check (hourly_cost_cents between 0 and 100000)',
    'alter table merchants add column financing_rate_bp integer check (financing_rate_bp between 0 and 10000)',
  ],
};
