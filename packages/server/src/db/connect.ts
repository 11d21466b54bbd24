import { Kysely, sql } from 'kysely';
import pg from 'pg';
import { PipelinedPostgresDialect } from './pipelined-driver.ts';
import type { Database } from './schema.ts';
import { useCitusSessions } from './tenant.ts';

/** 'embedded': the PostgreSQL Habitué runs itself; 'postgres': an operator's, via DATABASE_URL. */
export type DatabaseKind = 'embedded' | 'postgres';

/** An open database: the Kysely handle plus what the rest of the server needs to know about it. */
export type DatabaseHandle = {
  db: Kysely<Database>;
  kind: DatabaseKind;
  close(): Promise<void>;
};

/** A PostgreSQL server to connect to, embedded or not: the same driver, pool and types. */
export type ConnectionTarget = { kind: DatabaseKind; url: string; poolSize?: number };

const INT8 = 20;
const DATE = 1082;

/**
 * The same value types everywhere: int8 (sums of cents, counts) as a JS number — safe
 * up to 2^53 cents — and `date` as its 'YYYY-MM-DD' text, never shifted by the process time zone.
 */
const parseInt8 = (value: string) => Number(value);
const keepText = (value: string) => value;

/**
 * Opens a `pg` pool on a PostgreSQL server and wraps it in Kysely. `Client` replaces pg's
 * connection class (the statement-count test passes one that records what it sends).
 */
export async function openDatabase(
  target: ConnectionTarget,
  options: { poolSize?: number; Client?: typeof pg.Client } = {},
): Promise<DatabaseHandle> {
  const pool = new pg.Pool({
    connectionString: target.url,
    ...(options.Client ? { Client: options.Client } : {}),
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
  const db = new Kysely<Database>({ dialect: new PipelinedPostgresDialect(pool) });
  targets.set(db.getExecutor().adapter, target);
  if (target.kind === 'postgres' && (await isCitusCoordinator(db))) useCitusSessions();
  return { db, kind: target.kind, close: () => db.destroy() };
}

/**
 * Where each open database was reached, so that a worker thread can open its own connections
 * to it (the dashboard's computation, src/analytics-worker). Keyed by the Kysely adapter, which
 * a handle's transactions and `withPlugin` copies share with it.
 */
const targets = new WeakMap<object, ConnectionTarget>();

/** The server this database handle (or one of its transactions or copies) connects to. */
export function connectionTargetOf(db: Kysely<Database>): ConnectionTarget | undefined {
  return targets.get(db.getExecutor().adapter);
}

/** Whether this database has the Citus extension (docs/scale.md). */
async function isCitusCoordinator(db: Kysely<Database>): Promise<boolean> {
  // A database that can't be reached yet is taken as plain PostgreSQL (the outage paths open
  // it anyway); a Citus coordinator is reachable when the server starts.
  const { rows } = await sql<{ citus: boolean }>`
    select exists (select from pg_extension where extname = 'citus') as citus`
    .execute(db)
    .catch(() => ({ rows: [] as { citus: boolean }[] }));
  return rows[0]?.citus === true;
}
