import type { Migration } from '../migrator.ts';

/**
 * Apple Wallet passes that asked for updates (PassKit web service). `wallet_passes` is one
 * customer's pass and when it last changed; `wallet_devices` each phone registered for it, with
 * the push token APNs would need.
 *
 * "Changed" is written by triggers on whatever the pass shows (ledger entries, vouchers and
 * their use, programs, rewards, the shop's name and colour), in the transaction that changes
 * it, so no write path can forget a pass. The change is stamped with the writing transaction's
 * id: a device asking "what changed since tag T" gets every pass whose transaction id is ≥ T,
 * and the new tag is the oldest transaction still running when it asked (`pg_snapshot_xmin`),
 * so a change committed late by a transaction that started early is still reported next time
 * (a clock time would miss it). A pass may be reported twice; never missed.
 */
export const walletPasses: Migration = {
  name: '2026-12-06T1270-wallet-passes',
  up: [
    `create table wallet_passes (
      merchant_id uuid not null,
      customer_id uuid not null,
      changed_xid xid8 not null default pg_current_xact_id(),
      changed_at timestamptz not null default now(),
      created_at timestamptz not null,
      primary key (merchant_id, customer_id),
      foreign key (merchant_id, customer_id) references customers (merchant_id, id) on delete cascade
    )`,
    `create table wallet_devices (
      merchant_id uuid not null,
      customer_id uuid not null,
      device_library_id text not null check (length(device_library_id) between 1 and 128),
      push_token text not null check (length(push_token) between 1 and 256),
      registered_at timestamptz not null,
      primary key (merchant_id, customer_id, device_library_id),
      foreign key (merchant_id, customer_id)
        references wallet_passes (merchant_id, customer_id) on delete cascade
    )`,
    // A device asks for its passes of every shop at once (identified by its own id only).
    `create index wallet_devices_device_idx on wallet_devices (device_library_id)`,
    ...['wallet_passes', 'wallet_devices'].flatMap((table) => [
      `grant select, insert, update, delete on ${table} to habitue_app`,
      `alter table ${table} enable row level security`,
      `alter table ${table} force row level security`,
      `create policy tenant_isolation on ${table}
        using (merchant_id = app_merchant_id()) with check (merchant_id = app_merchant_id())`,
    ]),
    `create function wallet_passes_touch_customers() returns trigger language plpgsql as $$
      begin
        update wallet_passes p
          set changed_xid = pg_current_xact_id(), changed_at = now()
          from (select distinct merchant_id, customer_id from changed) c
          where p.merchant_id = c.merchant_id and p.customer_id = c.customer_id;
        return null;
      end $$`,
    `create trigger wallet_passes_on_ledger after insert on ledger_entries
      referencing new table as changed for each statement
      execute function wallet_passes_touch_customers()`,
    `create trigger wallet_passes_on_vouchers after insert on vouchers
      referencing new table as changed for each statement
      execute function wallet_passes_touch_customers()`,
    `create function wallet_passes_touch_voucher_owners() returns trigger language plpgsql as $$
      begin
        update wallet_passes p
          set changed_xid = pg_current_xact_id(), changed_at = now()
          from (select distinct v.merchant_id, v.customer_id
                from changed e join vouchers v
                  on v.merchant_id = e.merchant_id and v.id = e.voucher_id) c
          where p.merchant_id = c.merchant_id and p.customer_id = c.customer_id;
        return null;
      end $$`,
    `create trigger wallet_passes_on_voucher_events after insert on voucher_events
      referencing new table as changed for each statement
      execute function wallet_passes_touch_voucher_owners()`,
    // Programs, rewards and the shop's look change every pass of the shop (rare edits).
    `create function wallet_passes_touch_shop() returns trigger language plpgsql as $$
      begin
        update wallet_passes
          set changed_xid = pg_current_xact_id(), changed_at = now()
          where merchant_id = new.merchant_id;
        return null;
      end $$`,
    `create function wallet_passes_touch_merchant() returns trigger language plpgsql as $$
      begin
        update wallet_passes
          set changed_xid = pg_current_xact_id(), changed_at = now()
          where merchant_id = new.id;
        return null;
      end $$`,
    `create trigger wallet_passes_on_programs after insert or update on programs
      for each row execute function wallet_passes_touch_shop()`,
    `create trigger wallet_passes_on_rewards after insert or update on rewards
      for each row execute function wallet_passes_touch_shop()`,
    `create trigger wallet_passes_on_merchants after update of name, brand_color on merchants
      for each row when (old.name is distinct from new.name or old.brand_color is distinct from new.brand_color)
      execute function wallet_passes_touch_merchant()`,
  ],
};
