import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import pino from 'pino';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type DatabaseHandle, openDatabase } from '../../src/db/connect.ts';
import { migrateToLatest } from '../../src/db/migrator.ts';
import { buildCustomer, buildStampCard } from '../support/loyalty-factories.ts';
import { findPostgresBin, type PostgresServer, startPostgres } from '../support/postgres-server.ts';
import { signUpOwner, testClient, testServices } from '../support/test-app.ts';

/**
 * A PostgreSQL server of this file's own, stopped and started again mid-test (the shared test
 * server must stay up for every other file).
 */
let server: PostgresServer;
let handle: DatabaseHandle;

function pgCtl(args: string[]) {
  const bin = join(findPostgresBin(), 'pg_ctl');
  const [file, argv] =
    process.getuid?.() === 0 ? ['runuser', ['-u', 'postgres', '--', bin, ...args]] : [bin, args];
  const result = spawnSync(file, argv, { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`pg_ctl ${args[0]} failed: ${result.stderr}`);
}
const data = () => join(server.dataDir, 'data');
const stopServer = () => pgCtl(['stop', '-D', data(), '-m', 'fast', '-w']);
const startServer = () =>
  pgCtl([
    'start',
    '-D',
    data(),
    '-w',
    '-l',
    join(server.dataDir, 'log'),
    '-o',
    `-p ${server.port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=${server.dataDir}`,
  ]);

beforeAll(async () => {
  server = await startPostgres({ fsync: 'off' });
  handle = await openDatabase({ kind: 'postgres', url: server.url }, { poolSize: 4 });
  const { error } = await migrateToLatest(handle.db);
  if (error) throw error;
});

afterAll(async () => {
  await handle?.close();
  try {
    server?.stop();
  } catch {
    // Already stopped by a failed assertion mid-outage; its directory is removed all the same.
  }
});

it('with the database down, purchases and logins get 503 database_unavailable with Retry-After, one log line per outage, and recovery by itself', async () => {
  const lines: Array<{ level: number; msg: string; err?: unknown }> = [];
  const logger = pino(
    { level: 'info' },
    { write: (line: string) => void lines.push(JSON.parse(line)) },
  );
  const client = testClient(testServices(handle, { logger }));
  const owner = await signUpOwner(client);
  await buildStampCard(client, { cookie: owner.cookie });
  const customer = await buildCustomer(client, { cookie: owner.cookie });
  const buy = () =>
    client.request('POST', '/api/v1/purchases', {
      cookie: owner.cookie,
      body: { customerId: customer.id, amountCents: 450 },
    });
  const logIn = () =>
    client.request('POST', '/api/v1/auth/login', {
      body: { email: owner.email, password: owner.password },
    });
  expect((await buy()).status).toBe(201);

  stopServer();
  for (let burst = 0; burst < 20; burst++) {
    for (const answer of await Promise.all([buy(), logIn()])) {
      expect(answer.status).toBe(503);
      expect(answer.body.code).toBe('database_unavailable');
      expect(Number(answer.headers.get('retry-after'))).toBeGreaterThan(0);
    }
  }
  expect(lines.map((l) => l.msg)).toEqual([
    'database unavailable: answering 503 database_unavailable until it is back',
  ]);
  expect(JSON.stringify(lines)).not.toMatch(/\bat .*\.ts:\d+/);

  startServer();
  await expect.poll(() => lines.length, { timeout: 30_000, interval: 200 }).toBe(2);
  expect(lines[1]?.msg).toBe('database available again');
  expect((await buy()).status).toBe(201);
  expect((await logIn()).status).toBe(200);

  // A second outage is reported again, once.
  stopServer();
  expect((await buy()).status).toBe(503);
  expect((await buy()).status).toBe(503);
  startServer();
  await expect.poll(() => lines.length, { timeout: 30_000, interval: 200 }).toBe(4);
  expect(lines.map((l) => l.msg).slice(2)).toEqual([
    'database unavailable: answering 503 database_unavailable until it is back',
    'database available again',
  ]);
});
