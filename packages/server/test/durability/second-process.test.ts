import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, runCli, type ServerProcess, signUp, startServer } from './server-process.ts';

/**
 * PGlite is a single-process database: two processes writing the same data directory would
 * corrupt it. The lock file must turn a second process away with a message that says what to
 * do, without disturbing the server that holds it; and with no server running, the operator
 * commands must work and their result must be served by the next `start`.
 */
const TIMEOUT = 180_000;
const servers: ServerProcess[] = [];
const dataDirs: string[] = [];

function freshDataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'habitue-second-'));
  dataDirs.push(dir);
  return dir;
}

afterAll(async () => {
  await Promise.all(servers.map((s) => s.killHard()));
  for (const dir of dataDirs) rmSync(dir, { recursive: true, force: true });
});

describe('a second process on a data directory in use', () => {
  let dataDir: string;
  let server: ServerProcess;
  let cookie: string;
  const ids: string[] = [];

  beforeAll(async () => {
    dataDir = freshDataDir();
    server = await startServer({ dataDir });
    servers.push(server);
    cookie = await signUp(server.url, 'Boulangerie Occupée');
    for (let n = 0; n < 5; n++) {
      const response = await call(server.url, 'POST', '/api/v1/customers', {
        cookie,
        body: { firstName: 'Client', lastName: `N${n}`, email: `busy${n}@example.fr` },
      });
      expect(response.status).toBe(201);
      ids.push((response.body as { id: string }).id);
    }
  }, TIMEOUT);

  const refusal = (output: string) => {
    expect(output).toContain(dataDir);
    expect(output).toMatch(/in use/);
    expect(output).toContain(`pid ${server.child.pid}`);
  };

  it(
    '`merchant create` exits non-zero and says the data directory is in use',
    async () => {
      const result = await runCli(['merchant', 'create', '--name', 'X'], { dataDir });
      expect(result.signal).toBeNull();
      expect(result.code).not.toBe(0);
      refusal(result.stderr);
      expect(result.stdout).not.toMatch(/Created merchant/);
    },
    TIMEOUT,
  );

  it(
    'a second `start` exits non-zero with the same message',
    async () => {
      const result = await runCli(['start'], { dataDir }, 60_000);
      expect(result.signal).toBeNull();
      expect(result.code).not.toBe(0);
      refusal(result.stderr);
    },
    TIMEOUT,
  );

  it(
    'the running server keeps its data and keeps serving',
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
      // The refused processes never touched the lock: a clean stop still releases it.
      await server.stop();
      expect((await server.exited).code).toBe(0);
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
