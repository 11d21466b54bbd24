import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, inject } from 'vitest';
import { type DatabaseHandle, type DatabaseKind, openDatabase } from '../../src/db/connect.ts';
import { migrateToLatest } from '../../src/db/migrator.ts';
import { withDatabase } from './global-setup.ts';

export const BACKENDS: readonly DatabaseKind[] = ['pglite', 'postgres'];

/** A fresh, migrated database: in-memory PGlite, or a new database on the test PostgreSQL. */
export async function openTestDatabase(kind: DatabaseKind): Promise<DatabaseHandle> {
  if (kind === 'pglite') {
    const handle = await openDatabase({ kind: 'pglite', dataDir: 'memory://' });
    const { error } = await migrateToLatest(handle.db);
    if (error) throw error;
    return handle;
  }
  const url = inject('postgresUrl');
  const name = `t_${randomBytes(6).toString('hex')}`;
  const admin = await openDatabase({ kind: 'postgres', url }, { poolSize: 1 });
  await sql.raw(`create database ${name} template habitue_template`).execute(admin.db);
  await admin.close();
  const handle = await openDatabase({ kind: 'postgres', url: withDatabase(url, name) });
  return {
    ...handle,
    async close() {
      await handle.close();
      const cleanup = await openDatabase({ kind: 'postgres', url }, { poolSize: 1 });
      await sql.raw(`drop database if exists ${name} with (force)`).execute(cleanup.db);
      await cleanup.close();
    },
  };
}

/**
 * Declares the same suite once per backend (PGlite and PostgreSQL): storage behaviour is
 * only "tested" when it holds on both.
 */
export function describeEachBackend(
  title: string,
  suite: (database: () => DatabaseHandle, kind: DatabaseKind) => void,
): void {
  describe.each(BACKENDS)(`${title} [%s]`, (kind) => {
    let handle: DatabaseHandle | undefined;
    beforeAll(async () => {
      handle = await openTestDatabase(kind);
    });
    afterAll(async () => {
      await handle?.close();
    });
    suite(() => {
      if (!handle) throw new Error('database not open yet');
      return handle;
    }, kind);
  });
}
