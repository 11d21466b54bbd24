import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, describe, expect, it } from 'vitest';
import { call, type ServerProcess, signUp, startServer } from './server-process.ts';

/**
 * The loyalty promise under a crash: a burst of purchases (with idempotency keys and
 * point-of-sale ids) runs against the real server on the embedded database, `kill -9` lands
 * mid-burst, the server restarts. Every purchase that got a 2xx must be there with its ledger
 * entries, no purchase may exist without them, and re-sending everything after the restart
 * (what a point-of-sale system does after an outage) must not earn anything twice.
 */
const TOTAL = 160;
const CONCURRENCY = 8;
const KILL_AFTER_ACKS = 80;
const CUSTOMERS = 12;

const servers: ServerProcess[] = [];
const dirs: string[] = [];
afterAll(async () => {
  await Promise.all(servers.map((s) => s.killHard()));
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('kill -9 during a burst of purchases', () => {
  it('keeps every acknowledged purchase with its ledger entries, and no purchase without them', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'habitue-kill9-purchases-'));
    dirs.push(dataDir);
    const first = await startServer({ dataDir });
    servers.push(first);
    const cookie = await signUp(first.url, 'Kill nine purchases');
    const program = await call(first.url, 'POST', '/api/v1/programs', {
      cookie,
      body: { kind: 'points', name: 'Points', pointsPerEuro: 1, rounding: 'floor' },
    });
    expect(program.status).toBe(201);
    const customers: string[] = [];
    for (let i = 0; i < CUSTOMERS; i++) {
      const r = await call(first.url, 'POST', '/api/v1/customers', {
        cookie,
        body: { firstName: `C${i}` },
      });
      customers.push((r.body as { id: string }).id);
    }
    const request = (n: number) => ({
      body: {
        customerId: customers[n % CUSTOMERS],
        amountCents: 100 * (1 + (n % 7)),
        externalId: `T-${n}`,
      },
      headers: { 'idempotency-key': `burst-${n}` },
    });

    const acked = new Map<number, string>();
    let next = 0;
    let killed = false;
    let inFlightAtKill = 0;
    let inFlight = 0;
    const worker = async () => {
      while (!killed && next < TOTAL) {
        const n = next++;
        inFlight += 1;
        try {
          const r = await call(first.url, 'POST', '/api/v1/purchases', { cookie, ...request(n) });
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
          first.child.kill('SIGKILL');
        }
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    expect((await first.exited).signal).toBe('SIGKILL');
    expect(inFlightAtKill).toBeGreaterThan(0);
    const sent = next;

    const second = await startServer({ dataDir });
    servers.push(second);
    // The point-of-sale system re-sends everything it sent, with the same keys and ids.
    let replayed = 0;
    for (let n = 0; n < sent; n++) {
      const r = await call(second.url, 'POST', '/api/v1/purchases', { cookie, ...request(n) });
      expect(r.status, `resend ${n}`).toBe(201);
      const body = r.body as { purchaseId: string; replayed: boolean };
      if (acked.has(n)) expect(body.purchaseId, `purchase ${n}`).toBe(acked.get(n));
      if (r.headers.get('idempotent-replayed') === 'true' || body.replayed) replayed += 1;
    }
    expect(replayed).toBeGreaterThanOrEqual(acked.size);
    await second.stop();

    const pglite = await PGlite.create({ dataDir: join(dataDir, 'pgdata') });
    try {
      const purchases = await pglite.query<{ id: string; external_id: string }>(
        'select id, external_id from purchases',
      );
      const ids = new Set(purchases.rows.map((r) => r.id));
      for (const [n, id] of acked) expect(ids.has(id), `acknowledged purchase ${n}`).toBe(true);
      expect(purchases.rows).toHaveLength(sent);
      const orphans = await pglite.query<{ n: number }>(
        `select count(*)::int as n from purchases p
          where (select count(*) from ledger_entries e where e.cause_type = 'purchase' and e.cause_ref = p.id::text) <> 1`,
      );
      expect(orphans.rows[0]?.n).toBe(0);
      const earned = await pglite.query<{ total: number; expected: number }>(
        `select (select sum(delta)::int from ledger_entries) as total,
                (select sum(amount_cents / 100)::int from purchases) as expected`,
      );
      expect(earned.rows[0]?.total).toBe(earned.rows[0]?.expected);
      console.info(
        `kill -9 purchases: ${JSON.stringify({ sent, acknowledged: acked.size, inFlightAtKill, stored: purchases.rows.length })}`,
      );
    } finally {
      await pglite.close();
    }
  }, 240_000);
});
