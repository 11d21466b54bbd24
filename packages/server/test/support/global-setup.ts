import type { TestProject } from 'vitest/node';
import { openDatabase } from '../../src/db/connect.ts';
import { migrateToLatest } from '../../src/db/migrator.ts';
import { startPostgres } from './postgres-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    postgresUrl: string;
  }
}

/**
 * Starts one throwaway PostgreSQL server for the whole run (or uses TEST_DATABASE_URL) and
 * prepares a migrated template database, so each test file gets a fresh database in ~50 ms.
 */
export default async function setup(project: TestProject) {
  let stop = () => {};
  let url = process.env.TEST_DATABASE_URL;
  if (!url) {
    // Test data is thrown away, so durability settings are relaxed for speed.
    const server = await startPostgres({ fsync: 'off', synchronous_commit: 'off' });
    url = server.url;
    stop = server.stop;
  }
  const admin = await openDatabase({ kind: 'postgres', url }, { poolSize: 1 });
  const { sql } = await import('kysely');
  await sql`drop database if exists habitue_template`.execute(admin.db);
  await sql`create database habitue_template`.execute(admin.db);
  await admin.close();
  const template = await openDatabase(
    { kind: 'postgres', url: withDatabase(url, 'habitue_template') },
    { poolSize: 1 },
  );
  const { error } = await migrateToLatest(template.db);
  await template.close();
  if (error) throw error;
  project.provide('postgresUrl', url);
  return () => stop();
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}
