import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import type pg from 'pg';
import { afterAll, beforeAll, describe, inject } from 'vitest';
import { stopMetricsWorkers } from '../../src/analytics-worker/metrics-pool.ts';
import { type DatabaseHandle, type DatabaseKind, openDatabase } from '../../src/db/connect.ts';
import { createCitusDatabase, dropCitusDatabase, onCitus } from './citus.ts';
import { withDatabase } from './global-setup.ts';

/**
 * Two real PostgreSQL servers: the embedded one (17) and the system's (Debian's 15 in CI).
 * TEST_BACKENDS=postgres narrows a run to one (e.g. the Citus run of docs/scale.md).
 */
export const BACKENDS: readonly DatabaseKind[] = (['embedded', 'postgres'] as const).filter(
  (kind) => !process.env.TEST_BACKENDS || process.env.TEST_BACKENDS.split(',').includes(kind),
);

/** A fresh, migrated database (a copy of the run's template) on one backend's server. */
export async function openTestDatabase(
  kind: DatabaseKind,
  options: { Client?: typeof pg.Client } = {},
): Promise<DatabaseHandle> {
  const server = inject('testServers')[kind];
  const name = `t_${randomBytes(6).toString('hex')}`;
  if (onCitus && kind === 'postgres') await createCitusDatabase(server.adminUrl, name);
  else {
    const admin = await openDatabase({ kind, url: server.adminUrl }, { poolSize: 1 });
    await sql
      .raw(`create database ${name} template habitue_template owner ${server.appRole}`)
      .execute(admin.db);
    await admin.close();
  }
  const handle = await openDatabase({ kind, url: withDatabase(server.appUrl, name) }, options);
  return {
    ...handle,
    async close() {
      await handle.close();
      if (onCitus && kind === 'postgres') return dropCitusDatabase(server.adminUrl, name);
      const cleanup = await openDatabase({ kind, url: server.adminUrl }, { poolSize: 1 });
      await sql.raw(`drop database if exists ${name} with (force)`).execute(cleanup.db);
      await cleanup.close();
    },
  };
}

/**
 * Declares the same suite once per backend (embedded PostgreSQL 17 and the system's
 * PostgreSQL): storage behaviour is only "tested" when it holds on both.
 */
export function describeEachBackend(
  title: string,
  suite: (database: () => DatabaseHandle, kind: DatabaseKind) => void,
  options: { Client?: typeof pg.Client } = {},
): void {
  describe.each(BACKENDS)(`${title} [%s]`, (kind) => {
    let handle: DatabaseHandle | undefined;
    beforeAll(async () => {
      handle = await openTestDatabase(kind, options);
    });
    afterAll(async () => {
      await handle?.close();
      // The dashboard's worker threads, if the suite started them (the next suite starts its own).
      await stopMetricsWorkers();
    });
    suite(() => {
      if (!handle) throw new Error('database not open yet');
      return handle;
    }, kind);
  });
}
