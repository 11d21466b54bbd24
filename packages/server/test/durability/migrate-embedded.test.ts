import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkOutPreviousRelease, type PreviousRelease } from '../support/previous-release.ts';
import { sessionCookie } from '../support/test-app.ts';
import {
  call,
  runCli,
  type ServerProcess,
  startServer,
  stopLeftoverPostgres,
} from './server-process.ts';

/**
 * A shop that ran the previous release (PGlite in HABITUE_DATA_DIR/pgdata) upgrades: the new
 * server recognises the old data and says what to run, `habitue migrate-embedded` copies it
 * into the embedded PostgreSQL, and every read route then answers as the old server did —
 * with the old directory left exactly as it was.
 */
const TIMEOUT = 600_000;
/** The previous release's demo owner (a fact about that release, not about this one). */
const OLD_DEMO_OWNER = { email: 'demo@habitue.app', password: 'lilas-demo-2026' };

const servers: ServerProcess[] = [];
const cleanups: (() => Promise<void> | void)[] = [];
afterAll(async () => {
  await Promise.all(servers.map((s) => s.killHard()));
  for (const cleanup of cleanups) await cleanup();
});

/** Every GET route of the API with the ids of the demo shop: what a person can read. */
async function readEverything(url: string): Promise<Map<string, unknown>> {
  const login = await call(url, 'POST', '/api/v1/auth/login', { body: OLD_DEMO_OWNER });
  expect(login.status).toBe(200);
  const cookie = sessionCookie(login.headers);
  const answers = new Map<string, unknown>();
  const read = async (path: string, auth = true) => {
    const r = await call(url, 'GET', path, { timeoutMs: 120_000, ...(auth ? { cookie } : {}) });
    expect(r.status, `${path}: ${JSON.stringify(r.body)}`).toBe(200);
    // Links carry the server's address, which differs between the two runs.
    const body = JSON.parse(JSON.stringify(r.body).replaceAll(url, 'http://habitue'));
    answers.set(path, body);
    return body;
  };
  for (const path of [
    '/api/v1/merchant',
    '/api/v1/locations',
    '/api/v1/staff',
    '/api/v1/api-keys',
    '/api/v1/customer-tags',
    '/api/v1/programs/presets',
    '/api/v1/audit-log',
    '/api/v1/analytics/overview',
    // The default order ("value") was redefined since (12-month spending, not lifetime): the
    // list is compared in an order both releases define alike.
    '/api/v1/analytics/customers?sort=frequency&limit=200',
  ]) {
    await read(path);
  }
  const programs = (await read('/api/v1/programs')) as { items?: { id: string }[] };
  for (const program of programs.items ?? []) await read(`/api/v1/programs/${program.id}`);
  const customers = (await read('/api/v1/customers?limit=100')) as {
    items: { id: string; cardToken: string }[];
  };
  expect(customers.items.length).toBe(100);
  for (const customer of customers.items.slice(0, 5)) {
    for (const part of ['', '/card', '/ledger', '/purchases', '/notes', '/tags']) {
      await read(`/api/v1/customers/${customer.id}${part}`);
    }
    await read(`/api/v1/analytics/customers/${customer.id}`);
    await read(`/api/v1/public/cards/${customer.cardToken}`, false);
    await read(`/api/v1/public/cards/${customer.cardToken}/manifest`, false);
  }
  const merchant = answers.get('/api/v1/merchant') as { signupUrl: string };
  await read(
    `/api/v1${new URL(merchant.signupUrl).pathname.replace('/join/', '/public/join/')}`,
    false,
  );
  return answers;
}

/** Moments of computation differ between two runs; everything else must not. */
const VOLATILE = new Set(['computedAt', 'computeMs', 'fittedAt', 'seconds', 'lastUsedAt']);

/**
 * Where the new answer does not say what the old one said (fields added since are allowed:
 * the API only grows).
 */
function differences(path: string, old: unknown, now: unknown): string[] {
  if (Array.isArray(old)) {
    if (!Array.isArray(now) || now.length !== old.length) {
      return [`${path}: ${old.length} items, now ${Array.isArray(now) ? now.length : typeof now}`];
    }
    return old.flatMap((item, i) => differences(`${path}[${i}]`, item, now[i]));
  }
  if (old !== null && typeof old === 'object') {
    if (now === null || typeof now !== 'object') return [`${path}: now ${JSON.stringify(now)}`];
    return Object.entries(old).flatMap(([key, value]) =>
      VOLATILE.has(key)
        ? []
        : differences(`${path}.${key}`, value, (now as Record<string, unknown>)[key]),
    );
  }
  if (typeof old === 'number' && typeof now === 'number' && !Number.isInteger(old)) {
    // A model's prediction is recomputed by this release's code: the same data may round in
    // its last binary digits differently. Stored amounts and counts are integers: exact.
    if (Math.abs(old - now) <= 1e-9 * Math.max(Math.abs(old), Math.abs(now))) return [];
  }
  return Object.is(old, now) ? [] : [`${path}: ${JSON.stringify(old)} → ${JSON.stringify(now)}`];
}

/** A fingerprint of every file (path, size, content) under `dir`. */
function fingerprint(dir: string): string {
  const hash = createHash('sha256');
  const walk = (at: string) => {
    for (const entry of readdirSync(at, { withFileTypes: true }).sort((a, b) =>
      a.name.localeCompare(b.name),
    )) {
      const path = join(at, entry.name);
      if (entry.isDirectory()) walk(path);
      else hash.update(`${path}\0${statSync(path).size}\0`).update(readFileSync(path));
    }
  };
  walk(dir);
  return hash.digest('hex');
}

/**
 * Figures a model predicts (fitted parameters, P(alive), expected purchases, the Gamma-Gamma's
 * expected average spend, predictive CLV): the old release computed them with its own models,
 * and the models improve between releases (seasons, since then). Everything counted or summed
 * from the data must come out identical.
 */
const MODEL_FIGURE =
  /^\/api\/v1\/analytics\/[^:]*(\.predictiveClv\.|\.(pAlive|expectedPurchases|expectedAverageSpendCents|predictedClvCents): )/;

describe('habitue migrate-embedded', () => {
  it(
    "copies the previous release's PGlite data: the same answers on every read route, the old directory untouched",
    async () => {
      const release: PreviousRelease = checkOutPreviousRelease();
      cleanups.push(() => release.remove());
      const dataDir = mkdtempSync(join(tmpdir(), 'habitue-migrate-embedded-'));
      cleanups.push(async () => {
        await stopLeftoverPostgres(dataDir);
        rmSync(dataDir, { recursive: true, force: true });
      });
      const old = { dataDir, release };

      const demo = await runCli(['demo'], old, 300_000);
      expect(demo.code, demo.stderr).toBe(0);
      const oldServer = await startServer(old);
      servers.push(oldServer);
      const before = await readEverything(oldServer.url);
      await oldServer.stop();
      expect((await oldServer.exited).code).toBe(0);
      const untouched = fingerprint(join(dataDir, 'pgdata'));

      const refused = await runCli(['start'], { dataDir });
      expect(refused.code).toBe(1);
      expect(refused.stderr).toMatch(/earlier Habitué release \(PGlite/);
      expect(refused.stderr).toContain('npx habitue migrate-embedded');

      const migrated = await runCli(['migrate-embedded'], { dataDir }, 300_000);
      expect(migrated.stderr).toBe('');
      expect(migrated.code).toBe(0);
      expect(migrated.stdout).toMatch(/Copied \d+ rows from \d+ tables/);

      const server = await startServer({ dataDir });
      servers.push(server);
      const after = await readEverything(server.url);
      await server.stop();
      expect([...after.keys()]).toEqual([...before.keys()]);
      const changed = [...before]
        .flatMap(([path, answer]) => differences(path, answer, after.get(path)))
        .filter((difference) => !MODEL_FIGURE.test(difference));
      expect(changed).toEqual([]);
      expect(fingerprint(join(dataDir, 'pgdata'))).toBe(untouched);

      const again = await runCli(['migrate-embedded'], { dataDir });
      expect(again.code).not.toBe(0);
      expect(again.stderr).toMatch(/already holds businesses/);
    },
    TIMEOUT,
  );
});
