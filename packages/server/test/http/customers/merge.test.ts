import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { asSystem } from '../../../src/db/tenant.ts';
import { describeEachBackend } from '../../support/backends.ts';
import { expectLedgerInvariants } from '../../support/loyalty-factories.ts';
import { type TestClient, testClient, testServices } from '../../support/test-app.ts';
import { buildMerchantFixture, type MerchantFixture } from '../robustness/merchant-fixture.ts';
import { signInMember } from '../team-members.ts';

type Db = TestClient['services']['db'];

/** Per customer, the sum of their ledger; and every entry's id. */
async function ledgerOf(db: Db, merchantId: string) {
  return asSystem(db, async (tx) => {
    const rows = await tx
      .selectFrom('ledger_entries')
      .select(['id', 'customer_id', 'delta', 'cause_type'])
      .where('merchant_id', '=', merchantId)
      .execute();
    const sum = (customerId?: string) =>
      rows
        .filter((r) => !customerId || r.customer_id === customerId)
        .reduce((s, r) => s + r.delta, 0);
    return { rows, sum };
  });
}

async function call(
  client: TestClient,
  f: MerchantFixture,
  method: string,
  path: string,
  body?: unknown,
) {
  const r = await client.request(method, path, { cookie: f.cookie, body });
  if (r.status >= 300) throw new Error(`${method} ${path} → ${r.status} ${JSON.stringify(r.body)}`);
  return r.body;
}

/** A shop (the tenant walk's fixture) whose duplicate customer has a history of its own. */
async function shopWithDuplicate(client: TestClient, label: string) {
  const f = await buildMerchantFixture(client, label);
  const dup = f.duplicateCustomerId;
  for (let i = 0; i < 3; i += 1) {
    await call(client, f, 'POST', '/api/v1/purchases', { customerId: dup, amountCents: 800 });
  }
  await call(client, f, 'POST', `/api/v1/customers/${dup}/notes`, { body: 'Prefers rye bread' });
  await call(client, f, 'PUT', `/api/v1/customers/${dup}/tags`, { tags: ['seigle', f.tag] });
  await call(client, f, 'PATCH', `/api/v1/customers/${dup}`, {
    phone: '06 39 98 12 34',
    birthday: '07-21',
    consents: [{ channel: 'sms', granted: true, source: 'counter', wordingVersion: 'fr-1' }],
  });
  return f;
}

const balance = async (client: TestClient, f: MerchantFixture, customerId: string) => {
  const card = await call(client, f, 'GET', `/api/v1/customers/${customerId}/card`);
  return card.programs.find((p: { programId: string }) => p.programId === f.programId);
};

describeEachBackend('merging duplicate customers', (database) => {
  it('lists the pair, then merges it keeping every entry: balances add, vouchers stay valid, history follows', async () => {
    const handle = database();
    const client = testClient(testServices(handle));
    const f = await shopWithDuplicate(client, 'Merge');
    const dup = f.duplicateCustomerId;
    await call(client, f, 'POST', '/api/v1/webhooks', {
      url: 'https://93.184.215.14/hooks/merge',
      events: ['customer.merged'],
    });

    const listed = await call(client, f, 'GET', '/api/v1/customer-duplicates');
    const pair = listed.items.find((p: { customers: { id: string }[] }) =>
      p.customers.some((c) => c.id === dup),
    );
    expect(pair.reasons).toEqual(['email']);
    expect(pair.customers.map((c: { id: string }) => c.id)).toEqual([f.customerId, dup]);
    expect(pair.customers[1]).toMatchObject({ purchases: 3, spentCents: 2400, notes: 1 });

    const before = await ledgerOf(handle.db, f.merchantId);
    const survivorBefore = await balance(client, f, f.customerId);
    const dupBefore = await balance(client, f, dup);
    expect(dupBefore.vouchers.length).toBe(1);
    const dupVoucher = dupBefore.vouchers[0].code;

    const merged = await client.request('POST', `/api/v1/customers/${f.customerId}/merge`, {
      cookie: f.cookie,
      body: { duplicateId: dup },
    });
    expect(merged.status).toBe(200);
    expect(merged.body).toMatchObject({
      survivorId: f.customerId,
      duplicateId: dup,
      moved: { purchases: 3, notes: 1, vouchers: 1, consents: 1, tags: 2 },
    });

    // Nothing rewritten: every earlier entry is still there, and the shop's total is unchanged.
    const after = await ledgerOf(handle.db, f.merchantId);
    const ids = new Set(after.rows.map((r) => r.id));
    expect(before.rows.every((r) => ids.has(r.id))).toBe(true);
    expect(after.sum()).toBe(before.sum());
    expect(after.sum(dup)).toBe(0);
    expect(after.sum(f.customerId)).toBe(before.sum(f.customerId) + before.sum(dup));
    const mergeEntries = after.rows.filter((r) => r.cause_type === 'merge');
    expect(mergeEntries.map((r) => r.delta).sort()).toEqual(
      [-dupBefore.balance, dupBefore.balance].sort(),
    );
    const survivorAfter = await balance(client, f, f.customerId);
    expect(survivorAfter.balance).toBe(survivorBefore.balance + dupBefore.balance);
    expect(survivorAfter.vouchers.map((v: { code: string }) => v.code)).toContain(dupVoucher);
    await expectLedgerInvariants(handle.db, f.merchantId);

    // The survivor took what it lacked; the history followed.
    const survivor = await call(client, f, 'GET', `/api/v1/customers/${f.customerId}`);
    expect(survivor).toMatchObject({ phone: '+33639981234', birthday: '07-21' });
    expect(survivor.consents.map((c: { channel: string }) => c.channel)).toContain('sms');
    const tags = await call(client, f, 'GET', `/api/v1/customers/${f.customerId}/tags`);
    expect(tags.tags).toEqual([f.tag, 'seigle'].sort());
    const purchases = await call(client, f, 'GET', `/api/v1/customers/${f.customerId}/purchases`);
    expect(purchases.items.length).toBe(4 + 3);

    // The duplicate's voucher is redeemed on the survivor.
    const redeemed = await client.request('POST', '/api/v1/redemptions', {
      cookie: f.cookie,
      body: { customerId: f.customerId, voucherCode: dupVoucher },
    });
    expect(redeemed.status).toBe(201);

    // The duplicate's id answers 409 with the survivor; its card opens the survivor's.
    const gone = await client.request('GET', `/api/v1/customers/${dup}`, { cookie: f.cookie });
    expect(gone.status).toBe(409);
    expect(gone.body).toMatchObject({ code: 'customer_merged', mergedInto: f.customerId });
    const dupToken = pair.customers[1].cardToken;
    const [dupCard, survivorCard] = await Promise.all([
      client.request('GET', `/api/v1/public/cards/${dupToken}`),
      client.request('GET', `/api/v1/public/cards/${f.cardToken}`),
    ]);
    expect(dupCard.status).toBe(200);
    expect(dupCard.body.programs).toEqual(survivorCard.body.programs);
    const search = await call(client, f, 'GET', '/api/v1/customers?limit=100');
    expect(search.items.map((c: { id: string }) => c.id)).not.toContain(dup);
    expect((await call(client, f, 'GET', '/api/v1/customer-duplicates')).items).toEqual([]);

    // Again: the same merge, nothing more written.
    const entries = (await ledgerOf(handle.db, f.merchantId)).rows.length;
    const again = await client.request('POST', `/api/v1/customers/${f.customerId}/merge`, {
      cookie: f.cookie,
      body: { duplicateId: dup },
    });
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ survivorId: f.customerId, mergedAt: merged.body.mergedAt });
    expect((await ledgerOf(handle.db, f.merchantId)).rows.length).toBe(entries);

    // Audited once, announced once.
    const audited = await asSystem(handle.db, (tx) =>
      tx
        .selectFrom('audit_log')
        .select('subject_id')
        .where('merchant_id', '=', f.merchantId)
        .where('action', '=', 'customer.merged')
        .execute(),
    );
    expect(audited).toEqual([{ subject_id: f.customerId }]);
    const events = await asSystem(handle.db, (tx) =>
      tx
        .selectFrom('webhook_deliveries')
        .select(sql<string>`body::text`.as('body'))
        .where('merchant_id', '=', f.merchantId)
        .where('event_type', '=', 'customer.merged')
        .execute(),
    );
    expect(events.length).toBe(1);
    expect(JSON.parse(events[0]!.body).data).toMatchObject({
      customerId: f.customerId,
      mergedCustomerId: dup,
    });
  });

  it('lets owners and managers merge, not the counter or an API key', async () => {
    const client = testClient(testServices(database()));
    const f = await buildMerchantFixture(client, 'MergeRoles');
    const path = `/api/v1/customers/${f.customerId}/merge`;
    const body = { duplicateId: f.duplicateCustomerId };
    const staff = await signInMember(client, { cookie: f.cookie }, 'staff');
    expect((await client.request('POST', path, { ...staff, body })).status).toBe(403);
    expect((await client.request('POST', path, { apiKey: f.apiKey, body })).status).toBe(403);
    expect((await client.request('GET', '/api/v1/customer-duplicates', staff)).status).toBe(403);
    const manager = await signInMember(client, { cookie: f.cookie }, 'manager');
    expect((await client.request('POST', path, { ...manager, body })).status).toBe(200);
  });

  it('refuses to merge an erased customer, or a customer into themselves', async () => {
    const handle = database();
    const client = testClient(testServices(handle));
    const f = await shopWithDuplicate(client, 'MergeErased');
    const dup = f.duplicateCustomerId;
    const self = await client.request('POST', `/api/v1/customers/${dup}/merge`, {
      cookie: f.cookie,
      body: { duplicateId: dup },
    });
    expect(self.status).toBe(422);
    expect(self.body.code).toBe('merge_same_customer');
    await call(client, f, 'POST', `/api/v1/customers/${dup}/erase`);
    const before = await ledgerOf(handle.db, f.merchantId);
    for (const [survivor, duplicate] of [
      [f.customerId, dup],
      [dup, f.customerId],
    ]) {
      const r = await client.request('POST', `/api/v1/customers/${survivor}/merge`, {
        cookie: f.cookie,
        body: { duplicateId: duplicate },
      });
      expect(r.status).toBe(409);
      expect(r.body).toMatchObject({ code: 'customer_erased', customerId: dup });
    }
    expect((await ledgerOf(handle.db, f.merchantId)).rows.length).toBe(before.rows.length);
  });

  it('loses no stamp when purchases on the duplicate race the merge', async () => {
    const handle = database();
    const client = testClient(testServices(handle));
    const f = await shopWithDuplicate(client, 'MergeRace');
    const dup = f.duplicateCustomerId;
    const dupToken = (await call(client, f, 'GET', `/api/v1/customers/${dup}`)).cardToken;
    const before = await ledgerOf(handle.db, f.merchantId);
    const purchase = (i: number) =>
      client.request('POST', '/api/v1/purchases', {
        cookie: f.cookie,
        body: { customerId: dup, amountCents: 500, externalId: `race-${i}` },
      });
    const results = await Promise.all([
      purchase(1),
      purchase(2),
      client.request('POST', `/api/v1/customers/${f.customerId}/merge`, {
        cookie: f.cookie,
        body: { duplicateId: dup },
      }),
      purchase(3),
      purchase(4),
      // The duplicate's card, scanned at the counter, always finds a customer.
      client.request('POST', '/api/v1/purchases', {
        cookie: f.cookie,
        body: { cardToken: dupToken, amountCents: 500, externalId: 'race-card' },
      }),
    ]);
    const merge = results[2]!;
    expect(merge.status).toBe(200);
    const sales = results.filter((_, i) => i !== 2);
    expect(results[5]!.status).toBe(201);
    for (const r of sales) {
      if (r.status !== 201)
        expect(r.body).toMatchObject({ code: 'customer_merged', mergedInto: f.customerId });
    }
    const landed = sales.filter((r) => r.status === 201).length;
    const after = await ledgerOf(handle.db, f.merchantId);
    // One stamp per visit: every purchase that landed on the duplicate before the merge moved with it.
    const earned =
      after.rows.filter((r) => r.cause_type === 'purchase').length -
      before.rows.filter((r) => r.cause_type === 'purchase').length;
    expect(earned).toBe(landed);
    expect(after.sum(dup)).toBe(0);
    // The merge moved the balance and created none; the survivor holds all of it.
    const moved = after.rows.filter((r) => r.cause_type === 'merge');
    expect(moved.reduce((s, r) => s + r.delta, 0)).toBe(0);
    expect(after.sum(f.customerId)).toBe(after.sum());
    await expectLedgerInvariants(handle.db, f.merchantId);
  });
});
