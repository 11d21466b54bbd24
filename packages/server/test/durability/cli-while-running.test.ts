import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO } from '../../src/demo/seed-demo-shop.ts';
import {
  call,
  embeddedPostmaster,
  runCli,
  type ServerProcess,
  signUp,
  startServer,
  stopLeftoverPostgres,
} from './server-process.ts';

/**
 * The embedded PostgreSQL is a real server: while `habitue start` runs it, every other `habitue`
 * command reaches the same cluster through its socket (and the server serves their result at
 * once); a second server on the same data directory is turned away with a message that says what
 * to do, without disturbing the one that runs; and with no server running, a command starts the
 * cluster for itself and stops it when done.
 */
const TIMEOUT = 180_000;
const servers: ServerProcess[] = [];
const dataDirs: string[] = [];

function freshDataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'habitue-cli-'));
  dataDirs.push(dir);
  return dir;
}

afterAll(async () => {
  await Promise.all(servers.map((s) => s.killHard()));
  for (const dir of dataDirs) {
    await stopLeftoverPostgres(dir);
    rmSync(dir, { recursive: true, force: true });
  }
});

describe('habitue commands while the server runs', () => {
  let dataDir: string;
  let server: ServerProcess;
  let cookie: string;
  const ids: string[] = [];

  beforeAll(async () => {
    dataDir = freshDataDir();
    server = await startServer({ dataDir });
    servers.push(server);
    cookie = await signUp(server.url, 'Boulangerie Ouverte');
    for (let n = 0; n < 5; n++) {
      const response = await call(server.url, 'POST', '/api/v1/customers', {
        cookie,
        body: { firstName: 'Client', lastName: `N${n}`, email: `open${n}@example.fr` },
      });
      expect(response.status).toBe(201);
      ids.push((response.body as { id: string }).id);
    }
  }, TIMEOUT);

  it(
    "`merchant create` and `api-key create` work on the running server's database, which serves the key at once",
    async () => {
      const postmaster = embeddedPostmaster(dataDir)?.pid;
      const created = await runCli(
        ['merchant', 'create', '--name', 'Chez Paul', '--owner-email', 'paul@example.fr'],
        { dataDir },
      );
      expect(created.stderr).toBe('');
      expect(created.code).toBe(0);
      expect(created.stdout).toMatch(/Created merchant "Chez Paul" \(slug: chez-paul/);
      const keyRun = await runCli(
        ['api-key', 'create', '--merchant', 'chez-paul', '--name', 'Caisse'],
        { dataDir },
      );
      expect(keyRun.stderr).toBe('');
      expect(keyRun.code).toBe(0);
      const key = /hab_[A-Za-z0-9_-]+/.exec(keyRun.stdout)?.[0];
      expect(key).toBeDefined();
      const me = await call(server.url, 'GET', '/api/v1/auth/me', { apiKey: key! });
      expect(me.status).toBe(200);
      expect(me.body).toMatchObject({ merchant: { name: 'Chez Paul', slug: 'chez-paul' } });
      // The commands used the server's PostgreSQL: same process, and the lock is still the server's.
      expect(embeddedPostmaster(dataDir)?.pid).toBe(postmaster);
      expect(JSON.parse(readFileSync(join(dataDir, 'habitue.lock'), 'utf8')).pid).toBe(
        server.child.pid,
      );
    },
    TIMEOUT,
  );

  it(
    'a second `start` exits non-zero and says the data directory is served by the first',
    async () => {
      const result = await runCli(['start'], { dataDir }, 60_000);
      expect(result.signal).toBeNull();
      expect(result.code).not.toBe(0);
      expect(result.stderr).toContain(dataDir);
      expect(result.stderr).toMatch(/in use by another Habitué server/);
      expect(result.stderr).toContain(`pid ${server.child.pid}`);
      expect(result.stderr).toContain(server.url);
    },
    TIMEOUT,
  );

  it(
    'the running server keeps its data and keeps serving, and stops its PostgreSQL cleanly',
    async () => {
      expect((await call(server.url, 'GET', '/ready')).status).toBe(200);
      for (const id of ids) {
        expect((await call(server.url, 'GET', `/api/v1/customers/${id}`, { cookie })).status).toBe(
          200,
        );
      }
      const response = await call(server.url, 'POST', '/api/v1/customers', {
        cookie,
        body: { firstName: 'Encore', lastName: 'Là', email: 'encore@example.fr' },
      });
      expect(response.status).toBe(201);
      const postmaster = embeddedPostmaster(dataDir)!.pid;
      await server.stop();
      expect((await server.exited).code).toBe(0);
      expect(() => process.kill(postmaster, 0)).toThrow();
      expect(existsSync(join(dataDir, 'habitue.lock'))).toBe(false);
      expect(readFileSync(join(dataDir, 'postgres.log'), 'utf8')).toMatch(
        /database system is shut down\s*$/,
      );
      const restarted = await startServer({ dataDir });
      servers.push(restarted);
      const list = await call(restarted.url, 'GET', '/api/v1/customers?limit=100', { cookie });
      expect((list.body as { items: unknown[] }).items).toHaveLength(ids.length + 1);
      await restarted.stop();
    },
    TIMEOUT,
  );
});

describe('operator commands with no server running', () => {
  it(
    '`merchant create` then `api-key create` print their secrets once, and `start` serves the merchant',
    async () => {
      const dataDir = freshDataDir();
      const created = await runCli(
        ['merchant', 'create', '--name', 'Chez Paul', '--owner-email', 'paul@example.fr'],
        { dataDir },
        120_000,
      );
      expect(created.stderr).toBe('');
      expect(created.code).toBe(0);
      expect(created.stdout).toMatch(
        /Created merchant "Chez Paul" \(slug: chez-paul, id: [0-9a-f-]{36}\)/,
      );
      const login = /Owner login: paul@example\.fr \/ (\S+)/.exec(created.stdout);
      expect(login).not.toBeNull();
      const password = login![1]!;

      const keyRun = await runCli(
        ['api-key', 'create', '--merchant', 'chez-paul', '--name', 'Caisse'],
        { dataDir },
      );
      expect(keyRun.stderr).toBe('');
      expect(keyRun.code).toBe(0);
      const keys = keyRun.stdout.match(/hab_[A-Za-z0-9_-]+/g) ?? [];
      expect(keys).toHaveLength(1);
      const key = keys[0]!;
      // Each command started the cluster for itself and stopped it (postmaster.pid is gone).
      expect(embeddedPostmaster(dataDir)).toBeUndefined();

      const server = await startServer({ dataDir });
      servers.push(server);
      const me = await call(server.url, 'GET', '/api/v1/auth/me', { apiKey: key });
      expect(me.status).toBe(200);
      expect(me.body).toMatchObject({
        role: 'integration',
        merchant: { name: 'Chez Paul', slug: 'chez-paul' },
      });
      const wrong = await call(server.url, 'GET', '/api/v1/auth/me', { apiKey: `${key}x` });
      expect(wrong.status).toBe(401);

      const signedIn = await call(server.url, 'POST', '/api/v1/auth/login', {
        body: { email: 'paul@example.fr', password },
      });
      expect(signedIn.status).toBe(200);

      // The key can do a point-of-sale system's work.
      const customer = await call(server.url, 'POST', '/api/v1/customers', {
        apiKey: key,
        body: { firstName: 'Marie', lastName: 'Dupont', email: 'marie@example.fr' },
      });
      expect(customer.status).toBe(201);
      await server.stop();
    },
    TIMEOUT,
  );
});

describe('a server started while a command runs the database', () => {
  it(
    'waits for `habitue demo` to finish, then serves the demo shop it made',
    async () => {
      const dataDir = freshDataDir();
      const demo = runCli(['demo'], { dataDir }, 300_000);
      const lock = join(dataDir, 'habitue.lock');
      const deadline = Date.now() + 120_000;
      while (!existsSync(lock) || !readFileSync(lock, 'utf8').includes('habitue demo')) {
        expect(Date.now()).toBeLessThan(deadline);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      const server = await startServer({ dataDir }, 300_000);
      servers.push(server);
      const demoRun = await demo;
      expect(demoRun.code, demoRun.stderr).toBe(0);
      expect(demoRun.stdout).toMatch(/Created "Boulangerie des Lilas"/);
      expect(server.output().stderr).toMatch(/Waiting for "habitue demo" \(pid \d+\) to finish/);
      const login = await call(server.url, 'POST', '/api/v1/auth/login', {
        body: { email: DEMO.owner.email, password: DEMO.owner.password },
      });
      expect(login.status).toBe(200);
      await server.stop();
      expect((await server.exited).code).toBe(0);
    },
    TIMEOUT * 2,
  );
});
