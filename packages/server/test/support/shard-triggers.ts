import { readFileSync } from 'node:fs';
import { type Kysely, sql } from 'kysely';
import type { Database } from '../../src/db/schema.ts';

/** The trigger bodies a Citus cluster runs on its shards (src/db/citus/shard-triggers.sql). */
const SHARD_TRIGGERS = readFileSync(
  new URL('../../src/db/citus/shard-triggers.sql', import.meta.url),
  'utf8',
);

/**
 * Puts the Citus trigger bodies on one PostgreSQL, with a shard look-up that names the table
 * itself, so that the tests of what they do run on every backend. A database distributed on a
 * Citus cluster (docs/scale.md) has them already, with the real look-up: left as it is.
 */
export async function installShardTriggers(db: Kysely<Database>): Promise<void> {
  const { rows } = await sql<{ present: boolean }>`
    select to_regproc('habitue_colocated_shard') is not null as present`.execute(db);
  if (rows[0]?.present) return;
  await sql
    .raw(`create function habitue_colocated_shard(shard name, target regclass) returns text
      language sql stable as $$ select target::text $$;
      ${SHARD_TRIGGERS}`)
    .execute(db);
}
