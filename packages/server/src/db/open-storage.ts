import { sql } from 'kysely';
import type { Config } from '../config/config.ts';
import { type ConnectionTarget, type DatabaseHandle, openDatabase } from './connect.ts';
import { attachEmbedded, type EmbeddedAttachment } from './embedded/attach-embedded.ts';
import { migrateToLatest } from './migrator.ts';

export type Storage = DatabaseHandle & {
  warnings: string[];
  /** Where it was reached: other server processes of the same `habitue start` connect there. */
  target: ConnectionTarget;
};

export type StorageOptions = {
  /** Who opens it: recorded in the data directory's lock and quoted to a second server. */
  command: string;
  url?: string;
  /** A server owns the embedded cluster; other commands also use one a server runs. */
  mustOwn?: boolean;
  /** Crash and restart of the embedded PostgreSQL, for the server's log. */
  onEvent?: (message: string) => void;
};

/**
 * Opens the configured database ready for use: the embedded PostgreSQL started (or reached,
 * when a Habitué server already runs it), the schema migrated, and the settings that would
 * silently break a promise checked.
 */
export async function openStorage(
  database: Config['database'],
  options: StorageOptions,
): Promise<Storage> {
  let attachment: EmbeddedAttachment | undefined;
  let handle: DatabaseHandle | undefined;
  let target: ConnectionTarget =
    database.kind === 'postgres' ? database : { kind: 'embedded', url: '' };
  try {
    if (database.kind === 'embedded') {
      attachment = await attachEmbedded(database.dataDir, {
        owner: { command: options.command, ...(options.url ? { url: options.url } : {}) },
        mustOwn: options.mustOwn ?? false,
        ...(options.onEvent ? { onEvent: options.onEvent } : {}),
      });
      target = { kind: 'embedded', url: attachment.url };
      handle = await openDatabase(target);
    } else {
      handle = await openDatabase(database);
    }
    const { error, results } = await migrateToLatest(handle.db);
    if (error) {
      const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
      throw new Error(`Migration ${failed} failed: ${(error as Error).message ?? error}`);
    }
    const warnings = await checkPostgres(handle);
    const opened = handle;
    const attached = attachment;
    return {
      ...opened,
      warnings,
      target,
      async close() {
        try {
          await opened.close();
        } finally {
          await attached?.detach();
        }
      },
    };
  } catch (error) {
    await handle?.close().catch(() => {});
    await attachment?.detach().catch(() => {});
    throw error;
  }
}

async function checkPostgres(handle: DatabaseHandle): Promise<string[]> {
  const warnings: string[] = [];
  const { rows } = await sql<{
    fsync: string;
    synchronousCommit: string;
    fullPageWrites: string;
    bypass: boolean;
    version: number;
  }>`
    select current_setting('fsync') as fsync,
           current_setting('synchronous_commit') as "synchronousCommit",
           current_setting('full_page_writes') as "fullPageWrites",
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
  if (row.fullPageWrites !== 'on') {
    warnings.push(
      'PostgreSQL runs with full_page_writes=off: a power cut during a write can leave a torn page the database cannot repair.',
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
