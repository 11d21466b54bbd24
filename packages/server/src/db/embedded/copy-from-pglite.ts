import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Kysely, sql } from 'kysely';
import pg from 'pg';
import { openDatabase } from '../connect.ts';
import { MIGRATIONS, migrateTo, migrateToLatest } from '../migrator.ts';
import { legacyPgliteDir } from './legacy-pglite.ts';

/** What `habitue migrate-embedded` copied. */
export type CopyReport = { schemaVersion: string; tables: { name: string; rows: number }[] };

/** Rows sent to PostgreSQL per statement. */
const BATCH = 2_000;
const KYSELY_TABLES = ['kysely_migration', 'kysely_migration_lock'];

/**
 * Copies the PGlite database of an earlier release into the embedded PostgreSQL, once.
 *
 * PGlite writes to its directory when it opens one, so it reads a copy and the original is
 * left exactly as it was. The new database is brought to the schema version the old one had,
 * every table is copied in one transaction (as JSON rows, which round-trip every column type
 * exactly; foreign keys and triggers are deferred to the end with `session_replication_role`),
 * the row counts are compared, and only then do the newer migrations run.
 *
 * @param ownerUrl the application role, which must own the schema it migrates
 * @param superuserUrl a superuser on the same database, for the copy itself
 */
export async function copyFromPglite(
  dataDir: string,
  ownerUrl: string,
  superuserUrl: string,
): Promise<CopyReport> {
  const snapshot = mkdtempSync(join(tmpdir(), 'habitue-pglite-copy-'));
  try {
    cpSync(legacyPgliteDir(dataDir), snapshot, { recursive: true });
    // Only this command loads PGlite (docs/decisions/0009).
    const { PGlite } = await import('@electric-sql/pglite');
    const old = await PGlite.create({ dataDir: snapshot });
    try {
      const schemaVersion = await legacyVersion(old);
      const owner = await openDatabase({ kind: 'embedded', url: ownerUrl }, { poolSize: 1 });
      try {
        await refuseIfNotEmpty(owner.db);
        const { error } = await migrateTo(owner.db, schemaVersion);
        if (error) throw error;
      } finally {
        await owner.close();
      }
      const tables = await copyTables(old, superuserUrl);
      const latest = await openDatabase({ kind: 'embedded', url: ownerUrl }, { poolSize: 1 });
      try {
        const { error } = await migrateToLatest(latest.db);
        if (error) throw error;
      } finally {
        await latest.close();
      }
      return { schemaVersion, tables };
    } finally {
      await old.close();
    }
  } finally {
    rmSync(snapshot, { recursive: true, force: true });
  }
}

type Pglite = {
  query<T>(query: string, params?: unknown[]): Promise<{ rows: T[] }>;
};

async function legacyVersion(old: Pglite): Promise<string> {
  const { rows } = await old.query<{ name: string }>(
    'select name from kysely_migration order by name',
  );
  const known = new Set(MIGRATIONS.map((m) => m.name));
  const unknown = rows.filter((r) => !known.has(r.name)).map((r) => r.name);
  if (unknown.length > 0) {
    throw new Error(
      `The old database has migrations this version does not know (${unknown.join(', ')}): run migrate-embedded with the Habitué version that made it or a newer one.`,
    );
  }
  const last = rows.at(-1)?.name;
  if (!last) throw new Error('The old database has no schema: there is nothing to copy.');
  return last;
}

// biome-ignore lint/suspicious/noExplicitAny: any schema version
async function refuseIfNotEmpty(db: Kysely<any>): Promise<void> {
  const { rows } = await sql<{ exists: string | null }>`
    select to_regclass('public.merchants')::text as exists`.execute(db);
  if (!rows[0]?.exists) return;
  const count = await sql<{ n: number }>`select count(*)::int as n from merchants`.execute(db);
  if ((count.rows[0]?.n ?? 0) > 0) {
    throw new Error(
      'The embedded PostgreSQL already holds businesses: the old data was copied before, or the server already ran on the new database. Nothing was changed.',
    );
  }
}

async function copyTables(old: Pglite, superuserUrl: string) {
  const { rows: tables } = await old.query<{ name: string }>(
    `select tablename as name from pg_tables where schemaname = 'public' order by tablename`,
  );
  const client = new pg.Client({ connectionString: superuserUrl });
  await client.connect();
  const copied: { name: string; rows: number }[] = [];
  try {
    await client.query('begin');
    await client.query("set local session_replication_role = 'replica'");
    for (const { name } of tables.filter((t) => !KYSELY_TABLES.includes(t.name))) {
      const table = `public."${name.replaceAll('"', '""')}"`;
      const { rows } = await old.query<{ row: string }>(
        `select row_to_json(t)::text as row from ${table} t`,
      );
      for (let start = 0; start < rows.length; start += BATCH) {
        const batch = `[${rows
          .slice(start, start + BATCH)
          .map((r) => r.row)
          .join(',')}]`;
        await client.query(
          `insert into ${table} select * from json_populate_recordset(null::${table}, $1::json)`,
          [batch],
        );
      }
      const { rows: count } = await client.query<{ n: number }>(
        `select count(*)::int as n from ${table}`,
      );
      if (count[0]?.n !== rows.length) {
        throw new Error(`${name}: ${rows.length} rows read but ${count[0]?.n} stored`);
      }
      copied.push({ name, rows: rows.length });
    }
    await client.query('commit');
  } catch (error) {
    await client.query('rollback').catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
  return copied;
}
