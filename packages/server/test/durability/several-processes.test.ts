import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type DatabaseHandle, openDatabase } from '../../src/db/connect.ts';
import { EXPIRE_LAPSED_BALANCES } from '../../src/jobs/kinds/expire-lapsed-balances.ts';
import { BACKENDS } from '../support/backends.ts';
import { withDatabase } from '../support/global-setup.ts';
import { startReceiver } from '../webhooks/receiver.ts';
import {
  call,
  embeddedPostmaster,
  type ServerProcess,
  signUp,
  startServer,
  stopLeftoverPostgres,
} from './server-process.ts';

/**
 * Several server processes on one database — `HABITUE_PROCESSES=N`, or several instances behind
 * a proxy — must behave as one server: a session, a limit, an idempotent write and a job are
 * the same whichever process a request or a poll lands on.
 */
const TIMEOUT = 240_000;
const servers: ServerProcess[] = [];
const cleanups: (() => Promise<void> | void)[] = [];

afterAll(async () => {
  await Promise.all(servers.map((s) => s.killHard()));
  for (const cleanup of cleanups.reverse()) await cleanup();
});

function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  cleanups.push(async () => {
    await stopLeftoverPostgres(dir);
    rmSync(dir, { recursive: true, force: true });
  });
  return dir;
}

/** The node processes `pid` started (its server processes). */
function nodeChildren(pid: number): number[] {
  try {
    return execFileSync('ps', ['-o', 'pid=,comm=', '--ppid', String(pid)], { encoding: 'utf8' })
      .split('\n')
      .map((line) => line.trim().split(/\s+/))
      .filter(([, comm]) => comm === 'node')
      .map(([child]) => Number(child));
  } catch {
    return []; // ps exits 1 when there are none
  }
}

async function until<T>(what: string, probe: () => Promise<T | undefined> | T | undefined) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const value = await probe();
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe('HABITUE_PROCESSES=2 on the embedded database', () => {
  it(
    'serves from two processes, replaces one that dies, and stops them all cleanly',
    async () => {
      const dataDir = tempDir('habitue-processes-');
      const server = await startServer({ dataDir }, 120_000, { HABITUE_PROCESSES: '2' });
      servers.push(server);
      const primary = server.child.pid!;
      await until('the banner', () =>
        /2 server processes/.test(server.output().stdout) ? true : undefined,
      );
      const workers = await until('two server processes', () => {
        const found = nodeChildren(primary);
        return found.length === 2 ? found : undefined;
      });

      const cookie = await signUp(server.url, 'Deux caisses');
      const created = await call(server.url, 'POST', '/api/v1/customers', {
        cookie,
        body: { firstName: 'Inès' },
      });
      expect(created.status).toBe(201);

      process.kill(workers[0]!, 'SIGKILL');
      // The other process answers meanwhile, and a new one takes the dead one's place.
      await until('an answer after the kill', async () => {
        const r = await call(server.url, 'GET', '/api/v1/auth/me', { cookie }).catch(() => null);
        return r?.status === 200 ? r : undefined;
      });
      const replaced = await until('a replacement process', () => {
        const found = nodeChildren(primary);
        return found.length === 2 && !found.includes(workers[0]!) ? found : undefined;
      });
      expect(replaced).toContain(workers[1]);
      expect(server.output().stderr).toMatch(
        new RegExp(`Server process ${workers[0]} exited \\(SIGKILL\\); starting another`),
      );
      const listed = await call(server.url, 'GET', '/api/v1/customers?q=In%C3%A8s', { cookie });
      expect(listed.status).toBe(200);

      await server.stop();
      expect((await server.exited).code).toBe(0);
      for (const pid of replaced) expect(() => process.kill(pid, 0)).toThrow();
      expect(embeddedPostmaster(dataDir)).toBeUndefined();
    },
    TIMEOUT,
  );
});

describe.each(BACKENDS)('two server processes on one database [%s]', (kind) => {
  let first: ServerProcess;
  let second: ServerProcess;
  let database: DatabaseHandle;
  let cookie: string;
  const receiver = { current: null as Awaited<ReturnType<typeof startReceiver>> | null };

  beforeAll(async () => {
    const testServer = inject('testServers')[kind];
    const name = `procs_${randomBytes(6).toString('hex')}`;
    const admin = await openDatabase({ kind, url: testServer.adminUrl }, { poolSize: 1 });
    await sql
      .raw(`create database ${name} template habitue_template owner ${testServer.appRole}`)
      .execute(admin.db);
    await admin.close();
    cleanups.push(async () => {
      const cleanup = await openDatabase({ kind, url: testServer.adminUrl }, { poolSize: 1 });
      await sql.raw(`drop database if exists ${name} with (force)`).execute(cleanup.db);
      await cleanup.close();
    });
    const databaseUrl = withDatabase(testServer.appUrl, name);
    database = await openDatabase({ kind, url: databaseUrl }, { poolSize: 2 });
    cleanups.push(() => database.close());
    const env = { WEBHOOKS_ALLOW_PRIVATE: 'true' };
    first = await startServer({ dataDir: tempDir('habitue-a-'), databaseUrl }, 90_000, env);
    servers.push(first);
    second = await startServer({ dataDir: tempDir('habitue-b-'), databaseUrl }, 90_000, env);
    servers.push(second);
    cookie = await signUp(first.url, 'Deux serveurs');
    receiver.current = await startReceiver();
    cleanups.push(() => receiver.current?.close());
  }, TIMEOUT);

  it(
    'a session opened on one is valid on the other, and the log-in limit counts both',
    async () => {
      expect((await call(second.url, 'GET', '/api/v1/auth/me', { cookie })).status).toBe(200);
      const me = await call(first.url, 'GET', '/api/v1/auth/me', { cookie });
      const email = (me.body as { user: { email: string } }).user.email;
      const statuses: number[] = [];
      for (let i = 0; i < 8; i++) {
        const url = i % 2 === 0 ? first.url : second.url;
        const r = await call(url, 'POST', '/api/v1/auth/login', {
          body: { email, password: 'not-the-password' },
        });
        statuses.push(r.status);
      }
      // One counter for both: every failure either process saw is on it (a refused try is not
      // charged). How many got 429 depends on the time between tries (the wait after the fifth
      // is 1 s, then 2 s, …), which a loaded machine stretches.
      expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
      const counted = await database.db
        .selectFrom('attempt_throttles')
        .select(({ fn }) => fn.max('attempts').as('attempts'))
        .executeTakeFirstOrThrow();
      expect(Number(counted.attempts)).toBe(statuses.filter((s) => s === 401).length);
    },
    TIMEOUT,
  );

  it(
    'the same purchase sent to both at once is recorded once',
    async () => {
      const program = await call(first.url, 'POST', '/api/v1/programs', {
        cookie,
        body: { kind: 'points', name: 'Points', pointsPerEuro: 1, rounding: 'floor' },
      });
      expect(program.status).toBe(201);
      const customer = await call(second.url, 'POST', '/api/v1/customers', {
        cookie,
        body: { firstName: 'Jade' },
      });
      const customerId = (customer.body as { id: string }).id;
      const send = (url: string) =>
        call(url, 'POST', '/api/v1/purchases', {
          cookie,
          body: { customerId, amountCents: 1_250 },
          headers: { 'idempotency-key': 'till-7-ticket-42' },
        });
      const [a, b] = await Promise.all([send(first.url), send(second.url)]);
      expect([a.status, b.status]).toEqual([201, 201]);
      expect((a.body as { id: string }).id).toBe((b.body as { id: string }).id);
      const rows = await database.db
        .selectFrom('purchases')
        .select('id')
        .where('customer_id', '=', customerId)
        .execute();
      expect(rows).toHaveLength(1);
    },
    TIMEOUT,
  );

  it(
    'a scheduled job and queued deliveries each run once, though both processes poll',
    async () => {
      const hook = await call(first.url, 'POST', '/api/v1/webhooks', {
        cookie,
        body: { url: receiver.current!.url, events: ['customer.created'] },
      });
      expect(hook.status).toBe(201);
      for (let i = 0; i < 8; i++) {
        const url = i % 2 === 0 ? first.url : second.url;
        const r = await call(url, 'POST', '/api/v1/customers', {
          cookie,
          body: { firstName: `Webhook ${i}` },
        });
        expect(r.status).toBe(201);
      }
      await until('eight deliveries', () =>
        receiver.current!.received.length >= 8 ? true : undefined,
      );

      // The nightly expiry, made due now: the processes refresh shops' schedules every 30 s.
      const kind = EXPIRE_LAPSED_BALANCES.job.kind;
      const schedule = await until("the new shop's schedule", () =>
        database.db
          .selectFrom('job_schedules')
          .select(['merchant_id', 'next_run_at'])
          .where('kind', '=', kind)
          .where('next_run_at', 'is not', null)
          .executeTakeFirst(),
      );
      // Its previous occurrence, a day earlier, is missed: exactly one run is owed.
      await database.db
        .updateTable('job_schedules')
        .set({ next_run_at: new Date(schedule.next_run_at!.getTime() - 86_400_000) })
        .where('merchant_id', '=', schedule.merchant_id)
        .where('kind', '=', kind)
        .execute();
      await until('the scheduled job to run', async () => {
        const done = await database.db
          .selectFrom('jobs')
          .select('id')
          .where('kind', '=', kind)
          .where('status', '=', 'succeeded')
          .executeTakeFirst();
        return done;
      });
      // Two more polls of each process: nothing runs again.
      await new Promise((resolve) => setTimeout(resolve, 2_500));
      const runs = await database.db
        .selectFrom('jobs')
        .select(['attempts', 'status'])
        .where('kind', '=', kind)
        .where('merchant_id', '=', schedule.merchant_id)
        .execute();
      expect(runs).toEqual([{ attempts: 1, status: 'succeeded' }]);
      const ids = receiver.current!.received.map((r) => r.headers['webhook-id']);
      expect(ids).toHaveLength(8);
      expect(new Set(ids).size).toBe(8);
    },
    TIMEOUT,
  );
});
