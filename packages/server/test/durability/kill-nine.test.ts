import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { openDatabase } from '../../src/db/connect.ts';
import { withDatabase } from '../support/global-setup.ts';
import {
  call,
  embeddedPostmaster,
  embeddedSuperuserUrl,
  type ServerProcess,
  signUp,
  startServer,
  stopLeftoverPostgres,
  type Target,
} from './server-process.ts';

/**
 * What an acknowledged write is worth when the process dies without warning. A burst of
 * customer sign-ups runs against the real server; `kill -9` lands while requests are still in
 * flight; the server restarts on the same storage. Every customer that got a 201 must be there,
 * nothing that was never sent may appear, and the restart must be clean.
 * Measured numbers are printed (and quoted in docs/durability.md).
 */
const TOTAL = 200;
const CONCURRENCY = 8;
/** Kill once this many 201s are in: the other workers' requests are then mid-flight. */
const KILL_AFTER_ACKS = 120;
const TIMEOUT = 240_000;

type BurstResult = {
  acknowledged: Map<string, string>; // email → customer id
  sent: Set<string>;
  inFlightAtKill: number;
  unexpected: string[];
};

/** Sends sign-ups from CONCURRENCY workers; SIGKILLs the server after KILL_AFTER_ACKS 201s. */
async function burstThenKill(server: ServerProcess, cookie: string): Promise<BurstResult> {
  const result: BurstResult = {
    acknowledged: new Map(),
    sent: new Set(),
    inFlightAtKill: -1,
    unexpected: [],
  };
  let next = 0;
  let inFlight = 0;
  let killed = false;
  const worker = async () => {
    while (!killed && next < TOTAL) {
      const n = next++;
      const email = `client${n}@example.fr`;
      result.sent.add(email);
      inFlight += 1;
      try {
        const response = await call(server.url, 'POST', '/api/v1/customers', {
          cookie,
          body: { firstName: 'Client', lastName: `N${n}`, email },
        });
        if (response.status === 201) {
          result.acknowledged.set(email, (response.body as { id: string }).id);
        } else {
          result.unexpected.push(`${email}: ${response.status} ${JSON.stringify(response.body)}`);
        }
      } catch (error) {
        // Expected only after the kill: the connection is reset.
        if (!killed) result.unexpected.push(`${email}: ${(error as Error).message}`);
      } finally {
        inFlight -= 1;
      }
      if (!killed && result.acknowledged.size >= KILL_AFTER_ACKS) {
        killed = true;
        // inFlight excludes this worker's finished request: these are the others' open requests.
        result.inFlightAtKill = inFlight;
        server.child.kill('SIGKILL');
      }
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  await server.exited;
  return result;
}

/** Every customer the restarted server lists, by email (paginated search). */
async function listCustomers(url: string, cookie: string): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  let cursor: string | null = null;
  for (let page = 0; page < 50; page++) {
    const response = await call(
      url,
      'GET',
      `/api/v1/customers?limit=100${cursor ? `&cursor=${cursor}` : ''}`,
      { cookie },
    );
    expect(response.status).toBe(200);
    const body = response.body as {
      items: { id: string; email: string }[];
      nextCursor: string | null;
    };
    for (const item of body.items) found.set(item.email, item.id);
    cursor = body.nextCursor;
    if (!cursor) return found;
  }
  throw new Error('more pages than expected');
}

/** The shared scenario; `check` adds backend-specific checks between kill and restart. */
async function killNineScenario(
  target: Target,
  label: string,
  track: (server: ServerProcess) => void,
  afterKill: (killed: ServerProcess) => void = () => {},
) {
  const first = await startServer(target);
  track(first);
  const cookie = await signUp(first.url, `Durability ${label}`);
  const burst = await burstThenKill(first, cookie);
  const exit = await first.exited;

  expect(exit.signal).toBe('SIGKILL');
  expect(burst.unexpected).toEqual([]);
  expect(burst.acknowledged.size).toBeGreaterThanOrEqual(KILL_AFTER_ACKS);
  // The kill must have caught requests mid-flight, or the test proves nothing.
  expect(burst.inFlightAtKill).toBeGreaterThan(0);
  afterKill(first);

  const second = await startServer(target);
  track(second);
  const found = await listCustomers(second.url, cookie);
  const missing = [...burst.acknowledged.keys()].filter((email) => !found.has(email));
  const phantom = [...found.keys()].filter((email) => !burst.sent.has(email));
  for (const [email, id] of burst.acknowledged) {
    expect(found.get(email), email).toBe(id);
    const one = await call(second.url, 'GET', `/api/v1/customers/${id}`, { cookie });
    expect(one.status, email).toBe(200);
  }
  expect(missing).toEqual([]);
  expect(phantom).toEqual([]);

  // Still writable, and stops cleanly.
  const after = await call(second.url, 'POST', '/api/v1/customers', {
    cookie,
    body: { firstName: 'Après', lastName: 'Redémarrage', email: 'apres@example.fr' },
  });
  expect(after.status).toBe(201);
  await second.stop();
  expect((await second.exited).code).toBe(0);
  expect(second.output().stderr).not.toMatch(/PANIC|FATAL|corrupt|invalid (page|record)/i);

  const numbers = {
    backend: label,
    sent: burst.sent.size,
    acknowledged: burst.acknowledged.size,
    inFlightAtKill: burst.inFlightAtKill,
    foundAfterRestart: found.size,
    acknowledgedFound: burst.acknowledged.size - missing.length,
    unacknowledgedButCommitted: found.size - (burst.acknowledged.size - missing.length),
  };
  console.info(`kill -9 durability: ${JSON.stringify(numbers)}`);
  return numbers;
}

const servers: ServerProcess[] = [];
const cleanups: (() => Promise<void> | void)[] = [];
afterAll(async () => {
  await Promise.all(servers.map((s) => s.killHard()));
  for (const cleanup of cleanups) await cleanup();
});

describe('kill -9 while customers are being created', () => {
  it(
    'embedded database: every acknowledged customer survives, the PostgreSQL left running is recovered, the data checks clean',
    async () => {
      const dataDir = mkdtempSync(join(tmpdir(), 'habitue-kill9-'));
      cleanups.push(async () => {
        await stopLeftoverPostgres(dataDir);
        rmSync(dataDir, { recursive: true, force: true });
      });
      const lock = join(dataDir, 'habitue.lock');
      let orphan = 0;

      const started: ServerProcess[] = [];
      await killNineScenario(
        { dataDir },
        'embedded',
        (s) => {
          servers.push(s);
          started.push(s);
        },
        (killed) => {
          // kill -9 runs no shutdown code: the lock of the dead process is still there, and
          // its PostgreSQL (its own process group) still runs, owned by nobody.
          expect(existsSync(lock)).toBe(true);
          expect(JSON.parse(readFileSync(lock, 'utf8')).pid).toBe(killed.child.pid);
          orphan = embeddedPostmaster(dataDir)?.pid ?? 0;
          expect(orphan).toBeGreaterThan(0);
          expect(() => process.kill(orphan, 0)).not.toThrow();
        },
      );
      expect(existsSync(lock)).toBe(false);
      // The restarted server shut the orphan down cleanly and started its own.
      expect(() => process.kill(orphan, 0)).toThrow();
      expect(started[1]?.output().stderr).toMatch(/left running by a stopped Habitué process/);

      // Beyond "it starts": PostgreSQL's own B-tree checker over the recovered files.
      const server = await startServer({ dataDir });
      servers.push(server);
      const admin = await openDatabase(
        { kind: 'embedded', url: embeddedSuperuserUrl(dataDir) },
        { poolSize: 1 },
      );
      try {
        await sql`create extension if not exists amcheck`.execute(admin.db);
        const { rows } = await sql<{ name: string }>`
          select c.relname as name from pg_index i
            join pg_class c on c.oid = i.indexrelid
            join pg_am am on am.oid = c.relam
            join pg_namespace n on n.oid = c.relnamespace
           where am.amname = 'btree' and n.nspname = 'public'`.execute(admin.db);
        expect(rows.length).toBeGreaterThan(10);
        for (const { name } of rows) {
          await sql
            .raw(`select bt_index_check('public.${name}'::regclass, true)`)
            .execute(admin.db);
        }
        const count = await sql<{
          n: number;
        }>`select count(*)::int as n from customers`.execute(admin.db);
        expect(count.rows[0]?.n).toBeGreaterThanOrEqual(KILL_AFTER_ACKS + 1);
      } finally {
        await admin.close();
        await server.stop();
      }
    },
    TIMEOUT,
  );

  it(
    'PostgreSQL: every acknowledged customer survives the application being killed',
    async () => {
      const url = inject('postgresUrl');
      const name = `kill9_${randomBytes(6).toString('hex')}`;
      const admin = await openDatabase({ kind: 'postgres', url }, { poolSize: 1 });
      await sql.raw(`create database ${name}`).execute(admin.db);
      const { rows } = await sql<{
        fsync: string;
      }>`select current_setting('fsync') as fsync`.execute(admin.db);
      await admin.close();
      cleanups.push(async () => {
        const cleanup = await openDatabase({ kind: 'postgres', url }, { poolSize: 1 });
        await sql.raw(`drop database if exists ${name} with (force)`).execute(cleanup.db);
        await cleanup.close();
      });
      const dataDir = mkdtempSync(join(tmpdir(), 'habitue-kill9-pg-'));
      cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));

      const started: ServerProcess[] = [];
      await killNineScenario({ dataDir, databaseUrl: withDatabase(url, name) }, 'postgres', (s) => {
        servers.push(s);
        started.push(s);
      });
      // The throwaway test cluster runs with fsync=off: the server must say what that risks.
      const warned = /fsync=off: an acknowledged purchase can be lost/.test(
        started[0]?.output().stderr ?? '',
      );
      expect(warned).toBe(rows[0]?.fsync !== 'on');
      // PostgreSQL mode never touches the embedded data directory.
      expect(existsSync(join(dataDir, 'habitue.lock'))).toBe(false);
      expect(existsSync(join(dataDir, 'postgres'))).toBe(false);
    },
    TIMEOUT,
  );
});
