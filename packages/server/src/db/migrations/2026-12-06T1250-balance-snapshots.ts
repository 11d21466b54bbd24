import type { Migration } from '../migrator.ts';

/** What one program's ledger sums to, from a set of rows of `ledger_entries` named `src`. */
const SUM_OF_ENTRIES = `
  select merchant_id, customer_id, program_id,
    sum(delta) as balance,
    max(occurred_at) filter (where kind in ('earn', 'redeem', 'adjust')) as last_activity_at,
    coalesce(sum((cause ->> 'shortfall')::integer) filter (where cause_type = 'refund'), 0)
      as clawback_owed
  from src group by merchant_id, customer_id, program_id`;

/**
 * A balance per (customer, program), kept by the database in the same statement as the ledger
 * entries, vouchers and voucher events it sums — whoever appends them (purchases, redemptions,
 * refunds, adjustments, expiry, imports) — so a purchase reads one row per program instead of
 * the customer's whole history. The ledger stays the truth: `habitue check-balances` proves
 * every snapshot equals its sums and rebuilds those that do not.
 *
 * `loyalty_version` on the merchant changes in the same transaction as any change to its
 * programs or rewards, so a server process can keep them in memory and know, in the
 * purchase's own statement, whether its copy is still current.
 */
export const balanceSnapshots: Migration = {
  name: '2026-12-06T1250-balance-snapshots',
  up: [
    `create table loyalty_balances (
      merchant_id uuid not null,
      customer_id uuid not null,
      program_id uuid not null,
      balance integer not null default 0,
      last_activity_at timestamptz,
      clawback_owed integer not null default 0,
      open_vouchers integer not null default 0,
      primary key (merchant_id, customer_id, program_id),
      foreign key (merchant_id, customer_id) references customers (merchant_id, id)
        on delete cascade,
      foreign key (merchant_id, program_id) references programs (merchant_id, id)
    )`,
    'grant select, insert, update, delete on loyalty_balances to habitue_app',
    'alter table loyalty_balances enable row level security',
    'alter table loyalty_balances force row level security',
    `create policy tenant_isolation on loyalty_balances
      using (merchant_id = app_merchant_id()) with check (merchant_id = app_merchant_id())`,
    `create function loyalty_balances_add_entries() returns trigger language plpgsql as $$
      begin
        insert into loyalty_balances as b
          (merchant_id, customer_id, program_id, balance, last_activity_at, clawback_owed)
        with src as (select * from added) ${SUM_OF_ENTRIES}
        on conflict (merchant_id, customer_id, program_id) do update set
          balance = b.balance + excluded.balance,
          last_activity_at = greatest(b.last_activity_at, excluded.last_activity_at),
          clawback_owed = b.clawback_owed + excluded.clawback_owed;
        return null;
      end $$`,
    `create trigger ledger_entries_balances after insert on ledger_entries
      referencing new table as added
      for each statement execute function loyalty_balances_add_entries()`,
    `create function loyalty_balances_add_vouchers() returns trigger language plpgsql as $$
      begin
        insert into loyalty_balances as b (merchant_id, customer_id, program_id, open_vouchers)
        select merchant_id, customer_id, program_id, count(*) from added
        group by merchant_id, customer_id, program_id
        on conflict (merchant_id, customer_id, program_id) do update set
          open_vouchers = b.open_vouchers + excluded.open_vouchers;
        return null;
      end $$`,
    `create trigger vouchers_balances after insert on vouchers
      referencing new table as added
      for each statement execute function loyalty_balances_add_vouchers()`,
    // A voucher has at most one event (its primary key): used or voided, it is no longer open.
    `create function loyalty_balances_close_vouchers() returns trigger language plpgsql as $$
      begin
        update loyalty_balances b set open_vouchers = b.open_vouchers - closed.n
        from (
          select v.merchant_id, v.customer_id, v.program_id, count(*) as n
          from added e join vouchers v on v.merchant_id = e.merchant_id and v.id = e.voucher_id
          group by v.merchant_id, v.customer_id, v.program_id
        ) closed
        where b.merchant_id = closed.merchant_id and b.customer_id = closed.customer_id
          and b.program_id = closed.program_id;
        return null;
      end $$`,
    `create trigger voucher_events_balances after insert on voucher_events
      referencing new table as added
      for each statement execute function loyalty_balances_close_vouchers()`,
    // The snapshots of the history so far.
    `insert into loyalty_balances
      (merchant_id, customer_id, program_id, balance, last_activity_at, clawback_owed)
      with src as (select * from ledger_entries) ${SUM_OF_ENTRIES}`,
    `insert into loyalty_balances as b (merchant_id, customer_id, program_id, open_vouchers)
      select merchant_id, customer_id, program_id, count(*) from vouchers v
      where not exists (
        select from voucher_events e where e.merchant_id = v.merchant_id and e.voucher_id = v.id
      )
      group by merchant_id, customer_id, program_id
      on conflict (merchant_id, customer_id, program_id) do update set
        open_vouchers = excluded.open_vouchers`,
    'alter table merchants add column loyalty_version bigint not null default 0',
    `create function merchants_bump_loyalty_version() returns trigger language plpgsql as $$
      begin
        update merchants set loyalty_version = loyalty_version + 1
        where id = coalesce(new.merchant_id, old.merchant_id);
        return null;
      end $$`,
    `create trigger programs_loyalty_version after insert or update or delete on programs
      for each row execute function merchants_bump_loyalty_version()`,
    `create trigger rewards_loyalty_version after insert or update or delete on rewards
      for each row execute function merchants_bump_loyalty_version()`,
  ],
};
