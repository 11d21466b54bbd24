import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { asSystem } from '../../src/db/tenant.ts';
import { describeEachBackend } from '../support/backends.ts';
import { buildCustomer, buildPointsProgram } from '../support/loyalty-factories.ts';
import { signUpOwner, testClient, testServices } from '../support/test-app.ts';

describeEachBackend('API keys known from memory', (database) => {
  async function shopWithKey() {
    const client = testClient(testServices(database()));
    const owner = await signUpOwner(client);
    await buildPointsProgram(client, { cookie: owner.cookie });
    const customer = await buildCustomer(client, { cookie: owner.cookie });
    const created = await client.request('POST', '/api/v1/api-keys', {
      cookie: owner.cookie,
      body: { name: 'Caisse' },
    });
    const apiKey = created.body.key as string;
    const buy = (extra: Record<string, unknown> = {}, idempotent = true) =>
      client.request('POST', '/api/v1/purchases', {
        apiKey,
        body: { customerId: customer.id, amountCents: 1200, ...extra },
        headers: idempotent ? { 'idempotency-key': randomUUID() } : {},
      });
    // Used once: this process now knows the key.
    expect((await buy()).status).toBe(201);
    // Revoked the way another server process would: in the database, not in this one's memory.
    const revokeElsewhere = () =>
      asSystem(client.services.db, (tx) =>
        tx
          .updateTable('api_keys')
          .set({ revoked_at: new Date() })
          .where('id', '=', created.body.id)
          .execute(),
      );
    const count = async (table: 'purchases' | 'idempotency_keys') =>
      Number(
        (
          await asSystem(client.services.db, (tx) =>
            sql<{
              n: number;
            }>`select count(*)::int as n from ${sql.table(table)} where merchant_id = ${owner.merchant.id}`.execute(
              tx,
            ),
          )
        ).rows[0]!.n,
      );
    const purchases = () => count('purchases');
    /** Answers stored under an Idempotency-Key (a refusal is stored and replayed too). */
    const storedAnswers = () => count('idempotency_keys');
    return { client, apiKey, buy, revokeElsewhere, purchases, storedAnswers };
  }

  it('a key revoked by another process is refused at its next purchase, which writes nothing', async () => {
    const shop = await shopWithKey();
    expect(await shop.purchases()).toBe(1);
    expect(await shop.storedAnswers()).toBe(1);
    await shop.revokeElsewhere();
    const refused = await shop.buy();
    expect(refused.status).toBe(401);
    expect(refused.body.code).toBe('unauthenticated');
    expect(await shop.purchases()).toBe(1);
    expect(await shop.storedAnswers()).toBe(1);
    // Refused again, now without even the memory of it.
    expect((await shop.buy()).status).toBe(401);
  });

  it('a revoked key is refused (401), not told of a purchase refused before the customer is locked', async () => {
    const shop = await shopWithKey();
    // An unknown shop location is refused (404) before the purchase locks its customer, the
    // statement that proves the key in the common case.
    const unknownPlace = { locationId: randomUUID() };
    expect((await shop.buy(unknownPlace)).status).toBe(404);
    expect(await shop.storedAnswers()).toBe(2);
    await shop.revokeElsewhere();
    const refused = await shop.buy(unknownPlace);
    expect(refused.status).toBe(401);
    expect(refused.body.code).toBe('unauthenticated');
    expect(await shop.storedAnswers()).toBe(2);
  });

  it('without an Idempotency-Key too, a revoked key gets its 401, not the refusal', async () => {
    const shop = await shopWithKey();
    const unknownPlace = { locationId: randomUUID() };
    expect((await shop.buy(unknownPlace, false)).status).toBe(404);
    await shop.revokeElsewhere();
    const refused = await shop.buy(unknownPlace, false);
    expect(refused.status).toBe(401);
    expect(refused.body.code).toBe('unauthenticated');
    expect(await shop.purchases()).toBe(1);
  });

  it('a request that reads no merchant data still proves its key', async () => {
    const shop = await shopWithKey();
    expect(
      (await shop.client.request('GET', '/api/v1/auth/me', { apiKey: shop.apiKey })).status,
    ).toBe(200);
    await shop.revokeElsewhere();
    const me = await shop.client.request('GET', '/api/v1/auth/me', { apiKey: shop.apiKey });
    expect(me.status).toBe(401);
    const list = await shop.client.request('GET', '/api/v1/customers', { apiKey: shop.apiKey });
    expect(list.status).toBe(401);
  });

  it('a revoked key is told so (401), not that its scopes fall short (403)', async () => {
    const shop = await shopWithKey();
    expect(
      (await shop.client.request('GET', '/api/v1/staff', { apiKey: shop.apiKey })).status,
    ).toBe(403);
    await shop.revokeElsewhere();
    const team = await shop.client.request('GET', '/api/v1/staff', { apiKey: shop.apiKey });
    expect(team.status).toBe(401);
    expect(team.body.code).toBe('unauthenticated');
  });
});
