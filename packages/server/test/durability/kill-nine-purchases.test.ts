import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/connect.ts';
import {
  call,
  embeddedPostmaster,
  embeddedSuperuserUrl,
  type ServerProcess,
  signUp,
  startServer,
  stopLeftoverPostgres,
} from './server-process.ts';

/**
 * The loyalty promise under a crash: a burst of purchases (with idempotency keys and
 * point-of-sale ids) runs against the real server on the embedded PostgreSQL, and `kill -9`
 * lands mid-burst — on the Habitué server, or on the PostgreSQL it runs. Every purchase that
 * got a 2xx must be there exactly once with its ledger entries, no purchase may exist without
 * them, and re-sending everything afterwards (what a point-of-sale system does after an outage)
 * must not earn anything twice.
 */
const TOTAL = 160;
const CONCURRENCY = 8;
const KILL_AFTER_ACKS = 80;
const CUSTOMERS = 12;
const TIMEOUT = 240_000;

const servers: ServerProcess[] = [];
const dirs: string[] = [];
afterAll(async () => {
  await Promise.all(servers.map((s) => s.killHard()));
  for (const dir of dirs) {
    await stopLeftoverPostgres(dir);
    rmSync(dir, { recursive: true, force: true });
  }
});

type Shop = { cookie: string; customers: string[] };

async function openShop(url: string): Promise<Shop> {
  const cookie = await signUp(url, 'Kill nine purchases');
  const program = await call(url, 'POST', '/api/v1/programs', {
    cookie,
    body: { kind: 'points', name: 'Points', pointsPerEuro: 1, rounding: 'floor' },
  });
  expect(program.status).toBe(201);
  const customers: string[] = [];
  for (let i = 0; i < CUSTOMERS; i++) {
    const r = await call(url, 'POST', '/api/v1/customers', {
      cookie,
      body: { firstName: `C${i}` },
    });
    customers.push((r.body as { id: string }).id);
  }
  return { cookie, customers };
}

function purchaseRequest(shop: Shop, n: number) {
  return {
    cookie: shop.cookie,
    body: {
      customerId: shop.customers[n % CUSTOMERS],
      amountCents: 100 * (1 + (n % 7)),
      externalId: `T-${n}`,
    },
    headers: { 'idempotency-key': `burst-${n}` },
  };
}

/** Sends purchases from CONCURRENCY workers; calls `kill` once KILL_AFTER_ACKS were acknowledged. */
async function burst(url: string, shop: Shop, kill: () => void) {
  const acked = new Map<number, string>();
  let next = 0;
  let killed = false;
  let inFlight = 0;
  let inFlightAtKill = 0;
  const worker = async () => {
    while (!killed && next < TOTAL) {
      const n = next++;
      inFlight += 1;
      try {
        const r = await call(url, 'POST', '/api/v1/purchases', purchaseRequest(shop, n));
        if (r.status === 201) acked.set(n, (r.body as { purchaseId: string }).purchaseId);
        else if (!killed) throw new Error(`purchase ${n}: ${r.status} ${JSON.stringify(r.body)}`);
      } catch (error) {
        if (!killed) throw error;
      } finally {
        inFlight -= 1;
      }
      if (!killed && acked.size >= KILL_AFTER_ACKS) {
        killed = true;
        inFlightAtKill = inFlight;
        kill();
      }
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return { acked, sent: next, inFlightAtKill };
}

/** Re-sends every purchase sent; each acknowledged one answers with its first id. */
async function resendAll(url: string, shop: Shop, sent: number, acked: Map<number, string>) {
  let replayed = 0;
  for (let n = 0; n < sent; n++) {
    let r = await call(url, 'POST', '/api/v1/purchases', purchaseRequest(shop, n));
    // The database may still be finishing its crash recovery: the POS retries, as it would.
    for (let retry = 0; r.status === 503 && retry < 50; retry++) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      r = await call(url, 'POST', '/api/v1/purchases', purchaseRequest(shop, n));
    }
    expect(r.status, `resend ${n}: ${JSON.stringify(r.body)}`).toBe(201);
    const body = r.body as { purchaseId: string; replayed: boolean };
    if (acked.has(n)) expect(body.purchaseId, `purchase ${n}`).toBe(acked.get(n));
    if (r.headers.get('idempotent-replayed') === 'true' || body.replayed) replayed += 1;
  }
  expect(replayed).toBeGreaterThanOrEqual(acked.size);
}

/** Each acknowledged purchase stored once, each purchase with exactly one ledger entry. */
async function expectExactlyOnce(dataDir: string, sent: number, acked: Map<number, string>) {
  const db = await openDatabase(
    { kind: 'embedded', url: embeddedSuperuserUrl(dataDir) },
    { poolSize: 1 },
  );
  try {
    const purchases = await sql<{
      id: string;
      external_id: string;
    }>`select id, external_id from purchases`.execute(db.db);
    const ids = new Set(purchases.rows.map((r) => r.id));
    for (const [n, id] of acked) expect(ids.has(id), `acknowledged purchase ${n}`).toBe(true);
    expect(purchases.rows).toHaveLength(sent);
    expect(new Set(purchases.rows.map((r) => r.external_id)).size).toBe(sent);
    const orphans = await sql<{ n: number }>`
      select count(*)::int as n from purchases p
       where (select count(*) from ledger_entries e
               where e.cause_type = 'purchase' and e.cause_ref = p.id::text) <> 1`.execute(db.db);
    expect(orphans.rows[0]?.n).toBe(0);
    const earned = await sql<{ total: number; expected: number }>`
      select (select sum(delta)::int from ledger_entries) as total,
             (select sum(amount_cents / 100)::int from purchases) as expected`.execute(db.db);
    expect(earned.rows[0]?.total).toBe(earned.rows[0]?.expected);
    return purchases.rows.length;
  } finally {
    await db.close();
  }
}

describe('kill -9 during a burst of purchases (embedded PostgreSQL)', () => {
  it(
    'of the Habitué server: every acknowledged purchase is there exactly once after the restart',
    async () => {
      const dataDir = mkdtempSync(join(tmpdir(), 'habitue-kill9-purchases-'));
      dirs.push(dataDir);
      const first = await startServer({ dataDir });
      servers.push(first);
      const shop = await openShop(first.url);
      const { acked, sent, inFlightAtKill } = await burst(first.url, shop, () =>
        first.child.kill('SIGKILL'),
      );
      expect((await first.exited).signal).toBe('SIGKILL');
      expect(inFlightAtKill).toBeGreaterThan(0);

      const second = await startServer({ dataDir });
      servers.push(second);
      await resendAll(second.url, shop, sent, acked);
      const stored = await expectExactlyOnce(dataDir, sent, acked);
      await second.stop();
      console.info(
        `kill -9 server during purchases: ${JSON.stringify({ sent, acknowledged: acked.size, inFlightAtKill, stored })}`,
      );
    },
    TIMEOUT,
  );

  it(
    'of its PostgreSQL: the server restarts it, and every acknowledged purchase is there exactly once',
    async () => {
      const dataDir = mkdtempSync(join(tmpdir(), 'habitue-kill9-postgres-'));
      dirs.push(dataDir);
      const server = await startServer({ dataDir });
      servers.push(server);
      const shop = await openShop(server.url);
      const postmaster = embeddedPostmaster(dataDir)!.pid;
      const { acked, sent, inFlightAtKill } = await burst(server.url, shop, () =>
        process.kill(postmaster, 'SIGKILL'),
      );
      expect(inFlightAtKill).toBeGreaterThan(0);

      // The same server process, with a new PostgreSQL after crash recovery.
      const deadline = Date.now() + 60_000;
      while ((await call(server.url, 'GET', '/ready')).status !== 200) {
        expect(Date.now()).toBeLessThan(deadline);
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      expect(embeddedPostmaster(dataDir)?.pid).not.toBe(postmaster);
      expect(server.output().stderr).toMatch(/PostgreSQL stopped unexpectedly \(SIGKILL\)/);
      await resendAll(server.url, shop, sent, acked);
      const stored = await expectExactlyOnce(dataDir, sent, acked);
      await server.stop();
      expect((await server.exited).code).toBe(0);
      console.info(
        `kill -9 PostgreSQL during purchases: ${JSON.stringify({ sent, acknowledged: acked.size, inFlightAtKill, stored })}`,
      );
    },
    TIMEOUT,
  );
});
