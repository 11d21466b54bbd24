import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { asSystem } from '../../src/db/tenant.ts';
import { describeEachBackend } from '../support/backends.ts';
import {
  buildCustomer,
  buildPointsProgram,
  expectLedgerInvariants,
  purchase,
} from '../support/loyalty-factories.ts';
import { signUpOwner, testClient, testServices } from '../support/test-app.ts';

async function countEntries(client: ReturnType<typeof testClient>, customerId: string) {
  const rows = await asSystem(client.services.db, (tx) =>
    tx
      .selectFrom('ledger_entries')
      .select(sql<number>`count(*)::int`.as('n'))
      .where('customer_id', '=', customerId)
      .execute(),
  );
  return rows[0]!.n;
}

describeEachBackend('exactly once', (database) => {
  it('20 concurrent redemptions costing 10 against a balance of 30: exactly 3 succeed, balance 0', async () => {
    const client = testClient(testServices(database()));
    const owner = await signUpOwner(client);
    const auth = { cookie: owner.cookie };
    const program = await buildPointsProgram(client, auth);
    const customer = await buildCustomer(client, auth);
    await purchase(client, auth, { customerId: customer.id, amountCents: 3000 });
    const rewardId = program.rewards[0].id;
    const results = await Promise.all(
      Array.from({ length: 20 }, () =>
        client.request('POST', '/api/v1/redemptions', {
          ...auth,
          body: { customerId: customer.id, rewardId },
        }),
      ),
    );
    const statuses = results.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 201)).toHaveLength(3);
    expect(statuses.filter((s) => s === 409)).toHaveLength(17);
    expect(
      results.filter((r) => r.status === 409).every((r) => r.body.code === 'insufficient_balance'),
    ).toBe(true);
    const card = await client.request('GET', `/api/v1/customers/${customer.id}/card`, auth);
    expect(card.body.programs[0].balance).toBe(0);
    const books = await expectLedgerInvariants(client.services.db, owner.merchant.id);
    expect(books).toEqual({ issued: 30, redeemed: 30, expired: 0, outstanding: 0 });
  });

  it('20 concurrent identical requests with one Idempotency-Key: one effect, one ledger entry, same answer', async () => {
    const client = testClient(testServices(database()));
    const owner = await signUpOwner(client);
    const auth = { cookie: owner.cookie };
    await buildPointsProgram(client, auth);
    const customer = await buildCustomer(client, auth);
    const body = { customerId: customer.id, amountCents: 2500 };
    const results = await Promise.all(
      Array.from({ length: 20 }, () =>
        purchase(client, auth, body, { 'idempotency-key': 'caisse-1-ticket-42' }),
      ),
    );
    const ok = results.filter((r) => r.status === 201);
    expect(
      ok.length +
        results.filter((r) => r.status === 409 && r.body.code === 'idempotency_key_in_flight')
          .length,
    ).toBe(20);
    expect(new Set(ok.map((r) => r.body.purchaseId)).size).toBe(1);
    expect(await countEntries(client, customer.id)).toBe(1);
    const replay = await purchase(client, auth, body, { 'idempotency-key': 'caisse-1-ticket-42' });
    expect(replay.status).toBe(201);
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(replay.body).toEqual(ok[0]!.body);
    await expectLedgerInvariants(client.services.db, owner.merchant.id);
  });

  it('the same key with a different body is refused with idempotency_key_reused, and writes nothing', async () => {
    const client = testClient(testServices(database()));
    const owner = await signUpOwner(client);
    const auth = { cookie: owner.cookie };
    await buildPointsProgram(client, auth);
    const customer = await buildCustomer(client, auth);
    const key = { 'idempotency-key': 'k-1' };
    expect(
      (await purchase(client, auth, { customerId: customer.id, amountCents: 1000 }, key)).status,
    ).toBe(201);
    const reused = await purchase(
      client,
      auth,
      { customerId: customer.id, amountCents: 9999 },
      key,
    );
    expect(reused.status).toBe(422);
    expect(reused.body.code).toBe('idempotency_key_reused');
    expect(await countEntries(client, customer.id)).toBe(1);
  });

  it('a business rejection is replayed as it was, not retried into a different outcome', async () => {
    const client = testClient(testServices(database()));
    const owner = await signUpOwner(client);
    const auth = { cookie: owner.cookie };
    const program = await buildPointsProgram(client, auth);
    const customer = await buildCustomer(client, auth);
    const body = { customerId: customer.id, rewardId: program.rewards[0].id };
    const key = { 'idempotency-key': 'redeem-1' };
    const first = await client.request('POST', '/api/v1/redemptions', {
      ...auth,
      body,
      headers: key,
    });
    expect(first.status).toBe(409);
    await purchase(client, auth, { customerId: customer.id, amountCents: 5000 });
    const second = await client.request('POST', '/api/v1/redemptions', {
      ...auth,
      body,
      headers: key,
    });
    expect(second.status).toBe(409);
    expect(second.body.code).toBe('insufficient_balance');
    expect(second.headers.get('idempotent-replayed')).toBe('true');
  });

  it('a point-of-sale externalId re-sent days later never earns twice, even concurrently', async () => {
    const client = testClient(testServices(database()));
    const owner = await signUpOwner(client);
    const auth = { cookie: owner.cookie };
    await buildPointsProgram(client, auth);
    const customer = await buildCustomer(client, auth);
    const body = { customerId: customer.id, amountCents: 1500, externalId: 'TICKET-2026-000123' };
    const results = await Promise.all(
      Array.from({ length: 10 }, () => purchase(client, auth, body)),
    );
    expect(results.every((r) => r.status === 201)).toBe(true);
    expect(new Set(results.map((r) => r.body.purchaseId)).size).toBe(1);
    expect(results.filter((r) => r.body.replayed === false)).toHaveLength(1);
    expect(await countEntries(client, customer.id)).toBe(1);
    const different = await purchase(client, auth, { ...body, amountCents: 1600 });
    expect(different.status).toBe(409);
    expect(different.body.code).toBe('external_id_conflict');
    await expectLedgerInvariants(client.services.db, owner.merchant.id);
  });
});
