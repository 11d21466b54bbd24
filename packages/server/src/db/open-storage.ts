import { join } from 'node:path';
import { sql } from 'kysely';
import type { Config } from '../config/config.ts';
import { type DatabaseHandle, openDatabase } from './connect.ts';
import { lockDataDir } from './data-dir-lock.ts';
import { migrateToLatest } from './migrator.ts';

export type Storage = DatabaseHandle & { warnings: string[] };

/**
 * Opens the configured database ready for use: the embedded one locked to this process, the
 * schema migrated, and the settings that would silently break a promise checked.
 */
export async function openStorage(
  database: Config['database'],
  owner: { command: string; url?: string },
): Promise<Storage> {
  const release = database.kind === 'pglite' ? lockDataDir(database.dataDir, owner) : () => {};
  let handle: DatabaseHandle | undefined;
  try {
    handle = await openDatabase(
      database.kind === 'pglite'
        ? { kind: 'pglite', dataDir: join(database.dataDir, 'pgdata') }
        : database,
    );
    const { error, results } = await migrateToLatest(handle.db);
    if (error) {
      const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
      throw new Error(`Migration ${failed} failed: ${(error as Error).message ?? error}`);
    }
    const warnings = handle.kind === 'postgres' ? await checkPostgres(handle) : [];
    const opened = handle;
    return {
      ...opened,
      warnings,
      async close() {
        try {
          await opened.close();
        } finally {
          release();
        }
      },
    };
  } catch (error) {
    await handle?.close().catch(() => {});
    release();
    throw error;
  }
}

async function checkPostgres(handle: DatabaseHandle): Promise<string[]> {
  const warnings: string[] = [];
  const { rows } = await sql<{
    fsync: string;
    synchronousCommit: string;
    bypass: boolean;
    version: number;
  }>`
    select current_setting('fsync') as fsync,
           current_setting('synchronous_commit') as "synchronousCommit",
           (select rolsuper or rolbypassrls from pg_roles where rolname = current_user) as bypass,
           current_setting('server_version_num')::int as version`.execute(handle.db);
  const row = rows[0]!;
  if (row.version < 150000) {
    throw new Error(
      `PostgreSQL ${Math.floor(row.version / 10000)} is too old: Habitué needs PostgreSQL 15 or newer`,
    );
  }
  if (row.fsync !== 'on') {
    warnings.push(
      'PostgreSQL runs with fsync=off: an acknowledged purchase can be lost if the machine crashes.',
    );
  }
  if (row.synchronousCommit === 'off') {
    warnings.push(
      'PostgreSQL runs with synchronous_commit=off: the last few hundred milliseconds of acknowledged purchases can be lost if the database crashes.',
    );
  }
  if (!row.bypass) {
    throw new Error(
      'The DATABASE_URL role can neither bypass row-level security (BYPASSRLS) nor is it a superuser. ' +
        'Habitué looks up sessions, API keys and card links across merchants with this role; ' +
        'grant it BYPASSRLS (ALTER ROLE … BYPASSRLS) — requests themselves always run as the restricted habitue_app role.',
    );
  }
  return warnings;
}
