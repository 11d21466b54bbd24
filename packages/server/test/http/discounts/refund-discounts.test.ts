import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { asSystem } from '../../../src/db/tenant.ts';
import { describeEachBackend } from '../../support/backends.ts';
import {
  buildCustomer,
  buildPointsProgram,
  expectLedgerInvariants,
  purchase,
} from '../../support/loyalty-factories.ts';
import {
  type Credentials,
  signUpOwner,
  type TestClient,
  testClient,
  testServices,
} from '../../support/test-app.ts';

function refund(client: TestClient, auth: Credentials, purchaseId: string, body = {}) {
  return client.request('POST', `/api/v1/purchases/${purchaseId}/refund`, { ...auth, body });
}

/** A customer with 500 points who converts 300 of them and spends them on a 10 € sale. */
async function saleWithPointsMoney(client: TestClient, auth: Credentials) {
  const program = await buildPointsProgram(client, auth, {
    pointsAsMoney: { points: 100, cents: 100 },
  });
  const customer = await buildCustomer(client, auth);
  await purchase(client, auth, { customerId: customer.id, amountCents: 50_000 });
  const converted = await client.request('POST', '/api/v1/redemptions', {
    ...auth,
    body: { customerId: customer.id, programId: program.id, points: 300 },
  });
  expect(converted.status, JSON.stringify(converted.body)).toBe(201);
  const q = await client.request('POST', '/api/v1/purchases/quote', {
    ...auth,
    body: { customerId: customer.id, amountCents: 1_000 },
  });
  expect(q.body.amountDueCents).toBe(700);
  const sale = await purchase(client, auth, {
    customerId: customer.id,
    amountCents: 700,
    discounts: q.body.discounts,
  });
  expect(sale.status, JSON.stringify(sale.body)).toBe(201);
  expect(sale.body.card[0].balance).toBe(207);
  return { customer, sale: sale.body };
}

async function returnedPoints(client: TestClient, merchantId: string, purchaseId: string) {
  const { rows } = await asSystem(client.services.db, (tx) =>
    sql<{ delta: number; refund_id: string }>`
      select delta, cause->>'refundId' as refund_id from ledger_entries
       where merchant_id = ${merchantId} and cause_type = 'points_discount_returned'
         and cause->>'purchaseId' = ${purchaseId}
       order by occurred_at, id`.execute(tx),
  );
  return rows;
}

function createSingleUseCode(client: TestClient, auth: Credentials) {
  return client.request('POST', '/api/v1/promo-codes', {
    ...auth,
    body: {
      code: 'UNEFOIS',
      percentOff: 10,
      amountOffCents: null,
      minimumPurchaseCents: null,
      startsOn: null,
      endsOn: null,
      maxUses: 1,
      perCustomerLimit: null,
    },
  });
}

async function saleWithCode(client: TestClient, auth: Credentials, customerId: string) {
  const q = await client.request('POST', '/api/v1/purchases/quote', {
    ...auth,
    body: { customerId, amountCents: 2_000, promoCode: 'UNEFOIS' },
  });
  // A code that cannot be used is refused already by the quote.
  if (q.status !== 200) return q;
  return purchase(client, auth, {
    customerId,
    amountCents: q.body.amountDueCents,
    discounts: q.body.discounts,
    promoCode: 'UNEFOIS',
  });
}

describeEachBackend('a refund gives back the discounts the purchase used', (database) => {
  it('points spent as money off come back in the ledger: the refunded share, all once refunded in full', async () => {
    const client = testClient(testServices(database()));
    const owner = await signUpOwner(client);
    const auth = { cookie: owner.cookie };
    const { sale } = await saleWithPointsMoney(client, auth);

    const half = await refund(client, auth, sale.purchaseId, { amountCents: 350 });
    expect(half.status, JSON.stringify(half.body)).toBe(201);
    expect(
      (await returnedPoints(client, owner.merchant.id, sale.purchaseId)).map((r) => r.delta),
    ).toEqual([150]);
    const rest = await refund(client, auth, sale.purchaseId);
    expect(rest.status).toBe(201);
    // The 7 points the sale earned are taken back; the 300 points it used are given back.
    expect(rest.body.card[0].balance).toBe(500);
    expect(
      (await returnedPoints(client, owner.merchant.id, sale.purchaseId)).map((r) => r.delta),
    ).toEqual([150, 150]);
    await expectLedgerInvariants(client.services.db, owner.merchant.id);
  });

  it('two tills refunding the same sale at once give the points back once', async () => {
    const client = testClient(testServices(database()));
    const owner = await signUpOwner(client);
    const auth = { cookie: owner.cookie };
    const { customer, sale } = await saleWithPointsMoney(client, auth);
    const results = await Promise.all([0, 1, 2].map(() => refund(client, auth, sale.purchaseId)));
    expect(results.map((r) => r.status).sort()).toEqual([201, 409, 409]);
    const winner = results.find((r) => r.status === 201)!.body;
    expect(await returnedPoints(client, owner.merchant.id, sale.purchaseId)).toEqual([
      { delta: 300, refund_id: winner.refundId },
    ]);
    const card = await client.request('GET', `/api/v1/customers/${customer.id}/card`, auth);
    expect(card.body.programs[0].balance).toBe(500);
    await expectLedgerInvariants(client.services.db, owner.merchant.id);
  });

  it('a single-use promo code can be used again once its sale is refunded in full, not after a partial refund', async () => {
    const client = testClient(testServices(database()));
    const owner = await signUpOwner(client);
    const auth = { cookie: owner.cookie };
    await buildPointsProgram(client, auth);
    expect((await createSingleUseCode(client, auth)).status).toBe(201);
    const customer = await buildCustomer(client, auth);
    const first = await saleWithCode(client, auth, customer.id);
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    const usedUp = await saleWithCode(client, auth, customer.id);
    expect(usedUp.body.code).toBe('promo_code_used_up');

    expect((await refund(client, auth, first.body.purchaseId, { amountCents: 900 })).status).toBe(
      201,
    );
    expect((await saleWithCode(client, auth, customer.id)).body.code).toBe('promo_code_used_up');
    const rest = await refund(client, auth, first.body.purchaseId);
    expect(rest.status).toBe(201);
    const codes = await client.request('GET', '/api/v1/promo-codes', auth);
    expect(codes.body.items[0].uses).toBe(0);

    const again = await saleWithCode(client, auth, customer.id);
    expect(again.status, JSON.stringify(again.body)).toBe(201);
    expect(again.body.amountCents).toBe(1_800);
    const after = await client.request('GET', '/api/v1/promo-codes', auth);
    expect(after.body.items[0].uses).toBe(1);
  });

  it('concurrent full refunds release the code’s use once, by the refund that won', async () => {
    const client = testClient(testServices(database()));
    const owner = await signUpOwner(client);
    const auth = { cookie: owner.cookie };
    await buildPointsProgram(client, auth);
    await createSingleUseCode(client, auth);
    const customer = await buildCustomer(client, auth);
    const sale = await saleWithCode(client, auth, customer.id);
    const results = await Promise.all(
      [0, 1, 2].map(() => refund(client, auth, sale.body.purchaseId)),
    );
    expect(results.map((r) => r.status).sort()).toEqual([201, 409, 409]);
    const { rows } = await asSystem(client.services.db, (tx) =>
      sql<{ released_by_refund_id: string | null }>`
        select released_by_refund_id from promo_code_uses
         where merchant_id = ${owner.merchant.id}`.execute(tx),
    );
    expect(rows).toEqual([
      { released_by_refund_id: results.find((r) => r.status === 201)!.body.refundId },
    ]);
  });
});
