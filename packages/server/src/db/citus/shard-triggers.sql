-- The triggers that write to another table, made to work on the shards of a Citus cluster (run on
-- the coordinator after distribute.sql and colocated-shard.sql, as a superuser; an ordinary
-- PostgreSQL keeps the migrations' functions).
--
-- On Citus a trigger fires on the worker, inside the statement on one shard (ledger_entries_102041),
-- where a statement on another distributed table would be a distributed query started from a
-- shard: refused. Every table here is distributed by merchant and co-located, so the rows a
-- trigger must change live in the co-located shard of the target table on the same node — the
-- shard with the same hash range — and the functions below write that shard directly, as Citus
-- documents for triggers. Each body is its migration's, with the table names replaced by the
-- co-located shards named by habitue_colocated_shard (colocated-shard.sql); the migration named
-- above each function is the one to follow when it changes. test/storage/citus-shard-triggers
-- runs these bodies on both ordinary backends, where every table is its own only shard.

-- 2026-12-06T1250-balance-snapshots, 2026-12-06T1420-merge-not-activity
create or replace function loyalty_balances_add_entries() returns trigger language plpgsql as $f$
  begin
    execute format($q$
      insert into %s as b
        (merchant_id, customer_id, program_id, balance, last_activity_at, clawback_owed)
      select merchant_id, customer_id, program_id,
        sum(delta),
        max(case when cause_type = 'merge' then (cause ->> 'lastActivityAt')::timestamptz
          when kind in ('earn', 'redeem', 'adjust') then occurred_at end),
        coalesce(sum((cause ->> 'shortfall')::integer) filter (where cause_type = 'refund'), 0)
      from added group by merchant_id, customer_id, program_id
      on conflict (merchant_id, customer_id, program_id) do update set
        balance = b.balance + excluded.balance,
        last_activity_at = greatest(b.last_activity_at, excluded.last_activity_at),
        clawback_owed = b.clawback_owed + excluded.clawback_owed$q$,
      habitue_colocated_shard(tg_table_name, 'loyalty_balances'));
    return null;
  end $f$;

-- 2026-12-06T1250-balance-snapshots
create or replace function loyalty_balances_add_vouchers() returns trigger language plpgsql as $f$
  begin
    execute format($q$
      insert into %s as b (merchant_id, customer_id, program_id, open_vouchers)
      select merchant_id, customer_id, program_id, count(*) from added
      group by merchant_id, customer_id, program_id
      on conflict (merchant_id, customer_id, program_id) do update set
        open_vouchers = b.open_vouchers + excluded.open_vouchers$q$,
      habitue_colocated_shard(tg_table_name, 'loyalty_balances'));
    return null;
  end $f$;

-- 2026-12-06T1250-balance-snapshots, 2026-12-06T1600-open-vouchers,
-- 2026-12-06T1650-voucher-triggers-by-key
create or replace function loyalty_balances_close_vouchers() returns trigger language plpgsql as $f$
  declare
    balances_shard text := habitue_colocated_shard(tg_table_name, 'loyalty_balances');
    vouchers_shard text := habitue_colocated_shard(tg_table_name, 'vouchers');
    event record;
    owner record;
  begin
    for event in select merchant_id, voucher_id from added loop
      execute format($q$
        update %s set is_open = false where merchant_id = $1 and id = $2
        returning customer_id, program_id$q$, vouchers_shard)
        into owner using event.merchant_id, event.voucher_id;
      execute format($q$
        update %s set open_vouchers = open_vouchers - 1
        where merchant_id = $1 and customer_id = $2 and program_id = $3$q$, balances_shard)
        using event.merchant_id, owner.customer_id, owner.program_id;
    end loop;
    return null;
  end $f$;

-- 2026-12-06T1250-balance-snapshots (merchants is distributed by id, co-located: distribute.sql)
create or replace function merchants_bump_loyalty_version() returns trigger language plpgsql as $f$
  begin
    execute format('update %s set loyalty_version = loyalty_version + 1 where id = $1',
      habitue_colocated_shard(tg_table_name, 'merchants'))
      using coalesce(new.merchant_id, old.merchant_id);
    return null;
  end $f$;

-- 2026-12-06T1270-wallet-passes, 2026-12-06T1640-wallet-pass-versions
create or replace function wallet_passes_touch_customers() returns trigger language plpgsql as $f$
  begin
    execute format($q$
      update %s p
        set version = version + 1, changed_at = now()
        from (select distinct merchant_id, customer_id from changed) c
        where p.merchant_id = c.merchant_id and p.customer_id = c.customer_id$q$,
      habitue_colocated_shard(tg_table_name, 'wallet_passes'));
    return null;
  end $f$;

-- 2026-12-06T1270-wallet-passes, 2026-12-06T1640-wallet-pass-versions,
-- 2026-12-06T1650-voucher-triggers-by-key
create or replace function wallet_passes_touch_voucher_owners() returns trigger language plpgsql as $f$
  declare
    passes_shard text := habitue_colocated_shard(tg_table_name, 'wallet_passes');
    owner record;
  begin
    for owner in execute format($q$
      select distinct e.merchant_id,
        (select v.customer_id from %s v
          where v.merchant_id = e.merchant_id and v.id = e.voucher_id) as customer_id
      from changed e$q$, habitue_colocated_shard(tg_table_name, 'vouchers'))
    loop
      execute format($q$
        update %s set version = version + 1, changed_at = now()
        where merchant_id = $1 and customer_id = $2$q$, passes_shard)
        using owner.merchant_id, owner.customer_id;
    end loop;
    return null;
  end $f$;

-- 2026-12-06T1270-wallet-passes, 2026-12-06T1640-wallet-pass-versions
create or replace function wallet_passes_touch_shop() returns trigger language plpgsql as $f$
  begin
    execute format($q$
      update %s set version = version + 1, changed_at = now()
        where merchant_id = $1$q$,
      habitue_colocated_shard(tg_table_name, 'wallet_passes'))
      using new.merchant_id;
    return null;
  end $f$;

-- 2026-12-06T1270-wallet-passes, 2026-12-06T1640-wallet-pass-versions
create or replace function wallet_passes_touch_merchant() returns trigger language plpgsql as $f$
  begin
    execute format($q$
      update %s set version = version + 1, changed_at = now()
        where merchant_id = $1$q$,
      habitue_colocated_shard(tg_table_name, 'wallet_passes'))
      using new.id;
    return null;
  end $f$;
