import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { type Kysely, sql } from 'kysely';
import { inject } from 'vitest';
import type { DatabaseKind } from '../../src/db/connect.ts';
import type { Database } from '../../src/db/schema.ts';
import { withDatabase } from '../support/global-setup.ts';

const REPO_ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const BIN = 'packages/server/bin/habitue.js';

/** The URL of a test database, for a `habitue` child process to reach the same rows. */
export async function databaseUrl(db: Kysely<Database>, kind: DatabaseKind): Promise<string> {
  const { rows } = await sql<{ name: string }>`select current_database() as name`.execute(db);
  return withDatabase(inject('testServers')[kind].appUrl, rows[0]!.name);
}

/** `habitue <args>` started against a database URL (the process is returned running). */
export function spawnHabitue(args: string[], url: string, dataDir: string): ChildProcess {
  return spawn(process.execPath, [BIN, ...args], {
    cwd: REPO_ROOT,
    env: { ...process.env, DATABASE_URL: url, HABITUE_DATA_DIR: dataDir, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** Runs `habitue <args>` to its end: exit code and output. */
export function runHabitue(
  args: string[],
  url: string,
  dataDir: string,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawnHabitue(args, url, dataDir);
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  child.stderr!.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}
