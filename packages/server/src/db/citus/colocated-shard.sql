-- Where a trigger running on a shard writes (run on the coordinator after distribute.sql, as a
-- superuser; shard-triggers.sql uses it).
--
-- The shard of `target` co-located with the shard `shard` (a shard is named after its table
-- followed by `_<shard id>`; co-located tables split the hash range alike). Not a shard (the
-- trigger fired on the table itself): the table.
create or replace function habitue_colocated_shard(shard name, target regclass) returns text
language plpgsql stable as $$
  declare
    source_id bigint := substring(shard from '_(\d+)$')::bigint;
    target_id bigint;
  begin
    if source_id is null then
      return target::text;
    end if;
    select t.shardid into target_id
      from pg_dist_shard s
      join pg_dist_shard t on t.logicalrelid = target and t.shardminvalue = s.shardminvalue
     where s.shardid = source_id;
    if target_id is null then
      raise exception 'no shard of % co-located with %', target, shard;
    end if;
    return shard_name(target, target_id);
  end $$;
select create_distributed_function('habitue_colocated_shard(name, regclass)');
