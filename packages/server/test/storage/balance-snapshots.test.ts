import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, expect, it } from 'vitest';
import { asSystem, withMerchant } from '../../src/db/tenant.ts';
import { findBalanceDiscrepancies } from '../../src/repositories/loyalty-balances.ts';
import { checkBalances } from '../../src/use-cases/balances/check-balances.ts';
import { cardView } from '../../src/use-cases/cards/card-view.ts';
import { loadState } from '../../src/use-cases/loyalty/loyalty-state.ts';
import { databaseUrl, runHabitue } from '../import/cli-child.ts';
import { describeEachBackend } from '../support/backends.ts';
import {
  buildCustomer,
  buildPointsProgram,
  buildStampCard,
  purchase,
} from '../support/loyalty-factories.ts';
import { signUpOwner, testClient, testServices } from '../support/test-app.ts';

const dir = mkdtempSync(join(tmpdir(), 'habitue-check-balances-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A café with a 10-stamp card and a points program, and a customer with some history. */
async function cafe(client: ReturnType<typeof testClient>) {
  const owner = await signUpOwner(client);
  const auth = { cookie: owner.cookie };
  const card = await buildStampCard(client, auth);
  const points = await buildPointsProgram(client, auth);
  const customer = await buildCustomer(client, auth);
  return { owner, auth, card, points, customer };
}

async function discrepanciesOf(client: ReturnType<typeof testClient>, merchantId: string) {
  return (await asSystem(client.services.db, findBalanceDiscrepancies)).filter(
    (d) => d.merchantId === merchantId,
  );
}

describeEachBackend('balance snapshots', (database) => {
  it('equal their ledger after concurrent purchases, card completions, redemptions, refunds and adjustments', async () => {
    const client = testClient(testServices(database()));
    const { owner, auth, card, points, customer } = await cafe(client);
    // 25 purchases at once on one customer: they queue on the customer's lock, and each must
    // see the stamps the previous one left (2 full cards, 5 stamps left).
    const bought = await Promise.all(
      Array.from({ length: 25 }, () =>
        purchase(client, auth, { customerId: customer.id, amountCents: 1200 }),
      ),
    );
    expect(bought.map((r) => r.status)).toEqual(Array(25).fill(201));
    expect(bought.flatMap((r) => r.body.unlocked)).toHaveLength(2);
    const voucherCode = bought.flatMap((r) => r.body.unlocked)[0].code;
    const redemptions = await Promise.all([
      client.request('POST', '/api/v1/redemptions', {
        ...auth,
        body: { customerId: customer.id, voucherCode },
      }),
      ...Array.from({ length: 6 }, () =>
        client.request('POST', '/api/v1/redemptions', {
          ...auth,
          body: { customerId: customer.id, rewardId: points.rewards[0].id },
        }),
      ),
    ]);
    expect(redemptions.filter((r) => r.status === 201).length).toBeGreaterThan(1);
    const refund = await client.request(
      'POST',
      `/api/v1/purchases/${bought[0]!.body.purchaseId}/refund`,
      { ...auth, body: { amountCents: 1200 } },
    );
    expect(refund.status).toBe(201);
    const adjusted = await client.request('POST', `/api/v1/customers/${customer.id}/adjustments`, {
      ...auth,
      body: { programId: card.id, delta: 2, reason: 'Tampons oubliés hier' },
    });
    expect(adjusted.status).toBe(201);

    expect(await discrepanciesOf(client, owner.merchant.id)).toEqual([]);
    // The card read from snapshots is the card the rules compute from the whole ledger.
    const fromLedger = await withMerchant(client.services.db, owner.merchant.id, async (tx) =>
      cardView(await loadState(tx, owner.merchant.id, customer.id), new Date()),
    );
    const after = await purchase(client, auth, { customerId: customer.id, amountCents: 100 });
    expect(after.status).toBe(201);
    const balances = (view: { programId: string; balance: number }[]) =>
      Object.fromEntries(view.map((p) => [p.programId, p.balance]));
    expect(balances(after.body.card)).toEqual({
      ...balances(fromLedger),
      [card.id]: (balances(fromLedger)[card.id] ?? 0) + 1,
      [points.id]: (balances(fromLedger)[points.id] ?? 0) + 1,
    });
  });

  it('a snapshot that drifts from its ledger is found, and rebuilt by the repair', async () => {
    const client = testClient(testServices(database()));
    const { owner, auth, card, points, customer } = await cafe(client);
    for (let i = 0; i < 3; i++) {
      await purchase(client, auth, { customerId: customer.id, amountCents: 2000 });
    }
    const merchantId = owner.merchant.id;
    expect(await discrepanciesOf(client, merchantId)).toEqual([]);
    await asSystem(client.services.db, async (tx) => {
      await sql`update loyalty_balances set balance = balance + 7
        where merchant_id = ${merchantId} and program_id = ${points.id}`.execute(tx);
      await sql`delete from loyalty_balances
        where merchant_id = ${merchantId} and program_id = ${card.id}`.execute(tx);
    });
    const found = await discrepanciesOf(client, merchantId);
    expect(found).toHaveLength(2);
    expect(found.find((d) => d.programId === points.id)).toMatchObject({
      stored: { balance: 67 },
      expected: { balance: 60 },
    });
    expect(found.find((d) => d.programId === card.id)).toMatchObject({
      stored: { balance: 0 },
      expected: { balance: 3, openVouchers: 0 },
    });

    const check = await checkBalances(client.services.db, { repair: false });
    expect(check.repaired).toBe(false);
    expect(check.discrepancies.filter((d) => d.merchantId === merchantId)).toHaveLength(2);
    expect(await discrepanciesOf(client, merchantId)).toHaveLength(2);

    const repair = await checkBalances(client.services.db, { repair: true });
    expect(repair.repaired).toBe(true);
    expect(await discrepanciesOf(client, merchantId)).toEqual([]);
    const next = await purchase(client, auth, { customerId: customer.id, amountCents: 1000 });
    expect(
      next.body.card.find((p: { programId: string }) => p.programId === points.id),
    ).toMatchObject({
      balance: 70,
    });
  });

  it('habitue check-balances exits 1 on a drift, --repair rebuilds it, then exits 0', async () => {
    const client = testClient(testServices(database()));
    const { owner, auth, points, customer } = await cafe(client);
    await purchase(client, auth, { customerId: customer.id, amountCents: 1500 });
    await asSystem(client.services.db, (tx) =>
      sql`update loyalty_balances set balance = balance - 5
        where merchant_id = ${owner.merchant.id} and program_id = ${points.id}`.execute(tx),
    );
    const url = await databaseUrl(client.services.db, database().kind);
    const check = await runHabitue(['check-balances'], url, dir);
    expect(check.stdout).toMatch(
      new RegExp(`customer ${customer.id} program ${points.id}: stored balance 10.*ledger says 15`),
    );
    expect(check.code).toBe(1);
    const repair = await runHabitue(['check-balances', '--repair'], url, dir);
    expect(repair.stdout).toMatch(/Rebuilt \d+ of \d+ balance snapshots/);
    expect(repair.code).toBe(0);
    const again = await runHabitue(['check-balances'], url, dir);
    expect(again.stdout).toMatch(/All \d+ balance snapshots equal their ledger/);
    expect(again.code).toBe(0);
  }, 120_000);
});

describeEachBackend('programs cached per process', (database) => {
  it('a program changed by another process is used by the next purchase here', async () => {
    const client = testClient(testServices(database()));
    const { owner, auth, card, customer } = await cafe(client);
    for (let i = 0; i < 4; i++) {
      const r = await purchase(client, auth, { customerId: customer.id, amountCents: 500 });
      expect(r.body.unlocked).toHaveLength(0);
    }
    // Another server process saves a 5-stamp card: it writes the row, this process's memory
    // knows nothing of it; only the version the row change bumped can tell.
    await withMerchant(client.services.db, owner.merchant.id, (tx) =>
      sql`update programs set rules = jsonb_set(rules, '{stampsPerCard}', '5'),
        version = version + 1 where id = ${card.id}`.execute(tx),
    );
    const fifth = await purchase(client, auth, { customerId: customer.id, amountCents: 500 });
    expect(fifth.body.unlocked).toHaveLength(1);
    expect(
      fifth.body.card.find((p: { programId: string }) => p.programId === card.id),
    ).toMatchObject({ balance: 0, progress: { current: 0, target: 5 } });
  });
});
