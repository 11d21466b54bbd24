-- Distributes a migrated Habitué database on a Citus cluster (run on the coordinator, as a superuser;
-- then shard-triggers.sql). Merchant-owned tables (those with merchant_id) are hash-distributed by
-- merchant_id, all co-located, and `merchants` itself by its id with them, so that a merchant's row
-- sits on the node of their data (the loyalty version their programs' triggers bump); the other
-- global tables become reference tables (a copy on every node).
-- Citus reaches the workers as the current role: requests run as habitue_app, so it must be able to
-- log in there (restrict it in pg_hba.conf to the coordinators' addresses).
alter role habitue_app login;

set citus.shard_replication_factor = 1;
-- Foreign keys to reference tables want one connection per node within a transaction.
set citus.multi_shard_modify_mode to 'sequential';
-- Tables with triggers can only be distributed with this; the triggers that write to another
-- table are replaced by shard-aware ones in shard-triggers.sql.
set citus.enable_unsafe_triggers = on;

-- Foreign keys are put back after distribution: Citus wants both ends distributed first.
create temp table saved_fks as
  select conrelid::regclass::text as tbl, conname, pg_get_constraintdef(oid) as def
    from pg_constraint where contype = 'f' and connamespace = 'public'::regnamespace;
do $$ declare r record; begin
  for r in select * from saved_fks loop
    execute format('alter table %s drop constraint %I', r.tbl, r.conname);
  end loop;
end $$;

-- Globally unique look-up keys (a secret that finds the merchant) can't be unique on a
-- distributed table without the distribution column: unique with merchant_id, and a plain
-- index for the look-up (the secrets are 128-bit random, so collisions are not a concern).
-- The merchant's slug is chosen by people: what keeps it unique across the cluster is the
-- reference table merchant_slugs, written by sign-up and restore (docs/scale.md).
do $$ declare r record; begin
  for r in
    select i.relname as idx, c.relname as tbl, a.attname as col,
           case c.relname when 'merchants' then 'id' else 'merchant_id' end as dist
      from pg_index x join pg_class c on c.oid = x.indrelid join pg_class i on i.oid = x.indexrelid
      join pg_attribute a on a.attrelid = c.oid and a.attnum = x.indkey[0]
     where c.relnamespace = 'public'::regnamespace and x.indisunique and not x.indisprimary
       and x.indnatts = 1 and (c.relname, a.attname) in (('customers','card_token'),('api_keys','key_hash'),
         ('sessions','id_hash'),('merchants','slug'),('merchants','signup_token'))
  loop
    if exists (select 1 from pg_constraint where conname = r.idx) then
      execute format('alter table %I drop constraint %I', r.tbl, r.idx);
    else
      execute format('drop index %I', r.idx);
    end if;
    execute format('create unique index %I on %I (%I, %I)', r.idx, r.tbl, r.dist, r.col);
    execute format('create index %I on %I (%I)', r.idx || '_lookup', r.tbl, r.col);
  end loop;
end $$;

-- Global tables (users, sign-ups, throttles…) become reference tables, a copy on every node;
-- merchant-owned tables are distributed by merchant_id, all co-located with customers, and
-- merchants by id with them.
do $$ declare r record; first text := null; begin
  for r in
    select c.relname from pg_class c
     where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'p')
       and c.relname not like 'kysely_%' and c.relname <> 'merchants'
       and not exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'merchant_id' and not a.attisdropped)
     order by 1
  loop
    perform create_reference_table(r.relname::regclass);
  end loop;
  for r in
    select c.relname from pg_class c
     where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'p')
       and exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'merchant_id' and not a.attisdropped)
     order by c.relname = 'customers' desc, 1
  loop
    if first is null then
      perform create_distributed_table(r.relname::regclass, 'merchant_id');
      perform create_distributed_table('merchants', 'id', colocate_with => r.relname);
      first := r.relname;
    else
      perform create_distributed_table(r.relname::regclass, 'merchant_id', colocate_with => first);
    end if;
  end loop;
end $$;

do $$ declare r record; begin
  for r in select * from saved_fks loop
    execute format('alter table %s add constraint %I %s', r.tbl, r.conname, r.def);
  end loop;
end $$;
