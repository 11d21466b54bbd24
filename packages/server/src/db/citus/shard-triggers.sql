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

-- 2026-12-06T1250-balance-snapshots, 2026-12-06T1600-open-vouchers
create or replace function loyalty_balances_close_vouchers() returns trigger language plpgsql as $f$
  begin
    execute format($q$
      with closed as (
        update %2$s v set is_open = false
        from added e
        where v.merchant_id = e.merchant_id and v.id = e.voucher_id
        returning v.merchant_id, v.customer_id, v.program_id
      )
      update %1$s b set open_vouchers = b.open_vouchers - c.n
      from (
        select merchant_id, customer_id, program_id, count(*) as n from closed
        group by merchant_id, customer_id, program_id
      ) c
      where b.merchant_id = c.merchant_id and b.customer_id = c.customer_id
        and b.program_id = c.program_id$q$,
      habitue_colocated_shard(tg_table_name, 'loyalty_balances'),
      habitue_colocated_shard(tg_table_name, 'vouchers'));
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

-- 2026-12-06T1270-wallet-passes, 2026-12-06T1640-wallet-pass-versions
create or replace function wallet_passes_touch_voucher_owners() returns trigger language plpgsql as $f$
  begin
    execute format($q$
      update %1$s p
        set version = version + 1, changed_at = now()
        from (select distinct v.merchant_id, v.customer_id
              from changed e join %2$s v
                on v.merchant_id = e.merchant_id and v.id = e.voucher_id) c
        where p.merchant_id = c.merchant_id and p.customer_id = c.customer_id$q$,
      habitue_colocated_shard(tg_table_name, 'wallet_passes'),
      habitue_colocated_shard(tg_table_name, 'vouchers'));
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
