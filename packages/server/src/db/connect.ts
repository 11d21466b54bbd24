import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Config } from '../config/config.ts';
import { PGlitePool } from './pglite-pool.ts';
import type { Database } from './schema.ts';

export type DatabaseKind = 'pglite' | 'postgres';

/** An open database: the Kysely handle plus what the rest of the server needs to know about it. */
export type DatabaseHandle = {
  db: Kysely<Database>;
  kind: DatabaseKind;
  close(): Promise<void>;
};

const INT8 = 20;
const DATE = 1082;

/**
 * The same value types on both backends: int8 (sums of cents, counts) as a JS number — safe
 * up to 2^53 cents — and `date` as its 'YYYY-MM-DD' text, never shifted by the process time zone.
 */
const parseInt8 = (value: string) => Number(value);
const keepText = (value: string) => value;

/**
 * Opens the database the configuration names: PGlite in a data directory (or in memory with
 * dataDir 'memory://'), or PostgreSQL through a `pg` pool.
 */
export async function openDatabase(
  target: Config['database'],
  options: { poolSize?: number } = {},
): Promise<DatabaseHandle> {
  if (target.kind === 'pglite') {
    const pglite = await PGlite.create({
      dataDir: target.dataDir,
      parsers: { [INT8]: parseInt8, [DATE]: keepText },
    });
    const pool = new PGlitePool(pglite);
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return { db, kind: 'pglite', close: () => db.destroy() };
  }
  const pool = new pg.Pool({
    connectionString: target.url,
    max: options.poolSize ?? target.poolSize ?? 20,
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
        if (oid === INT8) return parseInt8;
        if (oid === DATE) return keepText;
        return pg.types.getTypeParser(oid, format);
      }) as typeof pg.types.getTypeParser,
    },
  });
  // An idle connection dropped by the server (restart, failover, admin kill) is only removed
  // from the pool; the next query opens a new one. Without a listener, pg would crash the process.
  pool.on('error', () => {});
  // A connection that dies while checked out (between two statements of a transaction, or
  // handed out just before its socket closed) emits 'error' with no pool listener attached:
  // uncaught, it would stop the server. The statement using it fails on its own and becomes
  // 503 database_unavailable; the pool then drops the connection.
  pool.on('connect', (client) => client.on('error', () => {}));
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { db, kind: 'postgres', close: () => db.destroy() };
}
