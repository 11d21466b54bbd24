import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { afterAll, describe, expect, inject, it } from 'vitest';
import type { DatabaseKind } from '../../src/db/connect.ts';
import { openDatabase } from '../../src/db/connect.ts';
import { BACKENDS } from '../support/backends.ts';
import { createCitusDatabase, dropCitusDatabase, onCitus } from '../support/citus.ts';
import { withDatabase } from '../support/global-setup.ts';

/**
 * A worker process is killed (SIGKILL) while a job's handler is inside its transaction, its
 * effect written but not committed. After a restart, once the lease has expired on the clock,
 * the job runs again and completes: its effect exists exactly once, because the effect and the
 * job's completion commit together or not at all.
 */
const SCRIPT = fileURLToPath(new URL('./worker-process.ts', import.meta.url));
const SERVER_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const cleanups: Array<() => Promise<void> | void> = [];

afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

/** A fresh database on the backend's test server, named to the child through DATABASE_URL. */
async function storageEnv(kind: DatabaseKind): Promise<Record<string, string>> {
  const server = inject('testServers')[kind];
  const name = `t_${randomBytes(6).toString('hex')}`;
  // On a Citus cluster (docs/scale.md) the database is a copy of the template on every node.
  if (onCitus && kind === 'postgres') {
    await createCitusDatabase(server.adminUrl, name);
    cleanups.push(() => dropCitusDatabase(server.adminUrl, name));
    return { DATABASE_URL: withDatabase(server.appUrl, name) };
  }
  const admin = await openDatabase({ kind, url: server.adminUrl }, { poolSize: 1 });
  await sql
    .raw(`create database ${name} template habitue_template owner ${server.appRole}`)
    .execute(admin.db);
  await admin.close();
  cleanups.push(async () => {
    const again = await openDatabase({ kind, url: server.adminUrl }, { poolSize: 1 });
    await sql.raw(`drop database if exists ${name} with (force)`).execute(again.db);
    await again.close();
  });
  return { DATABASE_URL: withDatabase(server.appUrl, name) };
}

function worker(args: string[], env: Record<string, string>) {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: 'warn', ...env };
  const child = spawn(process.execPath, ['--import', 'tsx', SCRIPT, ...args], {
    cwd: SERVER_ROOT,
    env: childEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const exited = new Promise<{ code: number | null; signal: string | null }>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal })),
  );
  return { child, exited, stdout: () => stdout, stderr: () => stderr };
}

/** Runs a worker command to its end and returns the JSON it printed last. */
async function runToEnd(args: string[], env: Record<string, string>) {
  const run = worker(args, env);
  const { code } = await run.exited;
  if (code !== 0) throw new Error(`worker ${args[0]} exited ${code}: ${run.stderr()}`);
  return JSON.parse(run.stdout().trim().split('\n').at(-1)!) as Record<string, unknown>;
}

/** Resolves once the child prints `line` (or rejects if it exits first). */
function waitForLine(child: ChildProcess, line: string, exited: Promise<unknown>) {
  return new Promise<void>((resolve, reject) => {
    let seen = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      if (seen.split('\n').includes(line)) resolve();
    });
    void exited.then(() => reject(new Error(`worker exited before printing ${line}`)));
  });
}

describe.each(BACKENDS)('kill -9 in the middle of a job [%s]', (kind) => {
  it('completes the job exactly once after a restart', async () => {
    const env = await storageEnv(kind);
    const { merchantId, jobId } = (await runToEnd(['enqueue'], env)) as {
      merchantId: string;
      jobId: string;
    };
    const first = worker(['work'], { ...env, JOB_HANG: '1', JOB_CLOCK: '2026-12-06T09:00:00Z' });
    await waitForLine(first.child, 'in-handler', first.exited);
    first.child.kill('SIGKILL');
    expect((await first.exited).signal).toBe('SIGKILL');

    // Restarted before the lease (60 s) has expired: the job is still the dead worker's.
    const tooSoon = await runToEnd(['work'], { ...env, JOB_CLOCK: '2026-12-06T09:00:59Z' });
    expect(tooSoon.succeeded).toBe(0);
    expect(await runToEnd(['inspect', merchantId, jobId], env)).toEqual({
      status: 'running',
      attempts: 1,
      effects: [],
    });

    const restarted = await runToEnd(['work'], { ...env, JOB_CLOCK: '2026-12-06T09:01:00Z' });
    expect(restarted.succeeded).toBe(1);
    const after = await runToEnd(['inspect', merchantId, jobId], env);
    expect(after).toMatchObject({ status: 'succeeded', attempts: 2 });
    expect(after.effects).toEqual([{ jobId, label: 'once', attempt: 2 }]);
  }, 180_000);
});
