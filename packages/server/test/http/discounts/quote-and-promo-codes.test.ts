import { expect, it } from 'vitest';
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

const benefits = (discountPercent: number) => ({
  pointsMultiplierPercent: 100,
  discountPercent,
  perks: [],
});

/** A ladder whose lowest level gives every member 5 % off. */
const LADDER = {
  windowMonths: 12,
  review: { periodMonths: 12, graceMonths: 3 },
  levels: [
    { id: 'argent', name: 'Argent', colour: '#a0a0a0', criteria: {}, benefits: benefits(5) },
    { id: 'or', name: 'Or', colour: '#c9a227', criteria: { visits: 50 }, benefits: benefits(10) },
  ],
};

function promoCode(overrides: Record<string, unknown> = {}) {
  return {
    code: 'noel10',
    percentOff: 10,
    amountOffCents: null,
    minimumPurchaseCents: null,
    startsOn: null,
    endsOn: null,
    maxUses: null,
    perCustomerLimit: null,
    ...overrides,
  };
}

async function createCode(client: TestClient, auth: Credentials, overrides = {}) {
  const r = await client.request('POST', '/api/v1/promo-codes', {
    ...auth,
    body: promoCode(overrides),
  });
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  return r.body;
}

function quote(client: TestClient, auth: Credentials, body: Record<string, unknown>) {
  return client.request('POST', '/api/v1/purchases/quote', { ...auth, body });
}

describeEachBackend('quote, promo codes and what the till records', (database) => {
  it('quotes a tier discount then a promo code on what is left, and stores nothing', async () => {
    const client = testClient(testServices(database()));
    const owner = await signUpOwner(client);
    const auth = { cookie: owner.cookie };
    await buildPointsProgram(client, auth);
    expect(
      (await client.request('PUT', '/api/v1/tier-ladder', { ...auth, body: LADDER })).status,
    ).toBe(200);
    const customer = await buildCustomer(client, auth);
    const code = await createCode(client, auth);
    expect(code).toMatchObject({ code: 'NOEL10', uses: 0, archived: false });

    const q = await quote(client, auth, {
      cardToken: customer.cardToken,
      amountCents: 10_000,
      promoCode: ' Noel10 ',
    });
    expect(q.status, JSON.stringify(q.body)).toBe(200);
    expect(q.body).toEqual({
      customerId: customer.id,
      amountCents: 10_000,
      discounts: [
        { kind: 'tier', label: 'Argent', percent: 5, amountCents: 500 },
        { kind: 'promo_code', label: 'NOEL10', percent: 10, amountCents: 950 },
      ],
      amountDueCents: 8_550,
      notApplied: [],
    });
    // Asking again changes nothing: the code is not used, the customer has bought nothing.
    await quote(client, auth, {
      customerId: customer.id,
      amountCents: 10_000,
      promoCode: 'NOEL10',
    });
    const codes = await client.request('GET', '/api/v1/promo-codes', auth);
    expect(codes.body.items[0].uses).toBe(0);
    const purchases = await client.request(
      'GET',
      `/api/v1/customers/${customer.id}/purchases`,
      auth,
    );
    expect(purchases.body.items).toEqual([]);
  });

  it('records what was paid: points follow the amount paid and the code’s use is counted', async () => {
    const client = testClient(testServices(database()));
    const owner = await signUpOwner(client);
    const auth = { cookie: owner.cookie };
    await buildPointsProgram(client, auth);
    const customer = await buildCustomer(client, auth);
    await createCode(client, auth);
    const q = await quote(client, auth, {
      customerId: customer.id,
      amountCents: 2_000,
      promoCode: 'NOEL10',
    });
    const sale = await purchase(client, auth, {
      customerId: customer.id,
      amountCents: q.body.amountDueCents,
      discounts: q.body.discounts,
      promoCode: 'NOEL10',
    });
    expect(sale.status, JSON.stringify(sale.body)).toBe(201);
    expect(sale.body.amountCents).toBe(1_800);
    expect(sale.body.awarded).toEqual([expect.objectContaining({ amount: 18, unit: 'points' })]);
    const codes = await client.request('GET', '/api/v1/promo-codes', auth);
    expect(codes.body.items[0].uses).toBe(1);
    await expectLedgerInvariants(client.services.db, owner.merchant.id);
  });

  it('a single-use code taken by two tills at once succeeds once', async () => {
    const client = testClient(testServices(database()));
    const owner = await signUpOwner(client);
    const auth = { cookie: owner.cookie };
    await buildPointsProgram(client, auth);
    const customers = await Promise.all(
      [0, 1, 2, 3].map((i) => buildCustomer(client, auth, { firstName: `Client ${i}` })),
    );
    await createCode(client, auth, {
      code: 'UNIQUE',
      amountOffCents: 300,
      percentOff: null,
      maxUses: 1,
    });
    const results = await Promise.all(
      customers.map((c) =>
        purchase(client, auth, {
          customerId: c.id,
          amountCents: 700,
          promoCode: 'UNIQUE',
          discounts: [{ kind: 'promo_code', label: 'UNIQUE', amountCents: 300 }],
        }),
      ),
    );
    const statuses = results.map((r) => r.status).sort();
    expect(statuses).toEqual([201, 409, 409, 409]);
    for (const r of results.filter((r) => r.status === 409)) {
      expect(r.body.code).toBe('promo_code_used_up');
    }
    const codes = await client.request('GET', '/api/v1/promo-codes', auth);
    expect(codes.body.items[0].uses).toBe(1);
    // A refused sale left nothing behind: one purchase in the shop.
    const counts = await Promise.all(
      customers.map((c) => client.request('GET', `/api/v1/customers/${c.id}/purchases`, auth)),
    );
    expect(counts.reduce((n, r) => n + r.body.items.length, 0)).toBe(1);
  });

  it('holds the per-customer limit, the date range in the shop’s calendar and the minimum', async () => {
    let now = new Date('2026-12-24T10:00:00Z');
    const client = testClient(testServices(database(), { now: () => now }));
    const owner = await signUpOwner(client);
    const auth = { cookie: owner.cookie };
    const customer = await buildCustomer(client, auth);
    await createCode(client, auth, {
      code: 'HIVER',
      perCustomerLimit: 1,
      startsOn: '2026-12-01',
      endsOn: '2026-12-24',
      minimumPurchaseCents: 2_000,
    });
    const small = await quote(client, auth, {
      customerId: customer.id,
      amountCents: 1_500,
      promoCode: 'HIVER',
    });
    expect(small.body.notApplied).toEqual([
      { kind: 'promo_code', label: 'HIVER', reason: 'below_minimum', minimumPurchaseCents: 2_000 },
    ]);
    const tooSmall = await purchase(client, auth, {
      customerId: customer.id,
      amountCents: 1_500,
      promoCode: 'HIVER',
    });
    expect(tooSmall.status).toBe(422);
    expect(tooSmall.body.code).toBe('promo_code_below_minimum');

    const ok = await purchase(client, auth, {
      customerId: customer.id,
      amountCents: 1_800,
      promoCode: 'HIVER',
      discounts: [{ kind: 'promo_code', label: 'HIVER', percent: 10, amountCents: 200 }],
    });
    expect(ok.status, JSON.stringify(ok.body)).toBe(201);
    const again = await quote(client, auth, {
      customerId: customer.id,
      amountCents: 3_000,
      promoCode: 'HIVER',
    });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('promo_code_limit_reached');

    const other = await buildCustomer(client, auth, { firstName: 'Noé' });
    // 24 December 23:30 in Paris is still the last day; 00:30 on the 25th is not.
    now = new Date('2026-12-24T22:30:00Z');
    expect(
      (await quote(client, auth, { customerId: other.id, amountCents: 3_000, promoCode: 'HIVER' }))
        .status,
    ).toBe(200);
    now = new Date('2026-12-24T23:30:00Z');
    const late = await quote(client, auth, {
      customerId: other.id,
      amountCents: 3_000,
      promoCode: 'HIVER',
    });
    expect(late.status).toBe(409);
    expect(late.body.code).toBe('promo_code_expired');
    const unknown = await quote(client, auth, {
      customerId: other.id,
      amountCents: 3_000,
      promoCode: 'NOPE',
    });
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe('promo_code_not_found');
  });

  it('owners edit and archive codes; an archived code is no longer usable; a code name is unique', async () => {
    const client = testClient(testServices(database()));
    const owner = await signUpOwner(client);
    const auth = { cookie: owner.cookie };
    const customer = await buildCustomer(client, auth);
    const code = await createCode(client, auth);
    const duplicate = await client.request('POST', '/api/v1/promo-codes', {
      ...auth,
      body: promoCode({ code: 'Noel10' }),
    });
    expect(duplicate.status).toBe(409);
    expect(duplicate.body.code).toBe('promo_code_taken');
    const both = await client.request('POST', '/api/v1/promo-codes', {
      ...auth,
      body: promoCode({ amountOffCents: 500 }),
    });
    expect(both.status).toBe(422);
    const edited = await client.request('PATCH', `/api/v1/promo-codes/${code.id}`, {
      ...auth,
      body: { amountOffCents: 500 },
    });
    expect(edited.body).toMatchObject({ percentOff: null, amountOffCents: 500 });
    const archived = await client.request('PATCH', `/api/v1/promo-codes/${code.id}`, {
      ...auth,
      body: { archived: true },
    });
    expect(archived.body.archived).toBe(true);
    const q = await quote(client, auth, {
      customerId: customer.id,
      amountCents: 3_000,
      promoCode: 'NOEL10',
    });
    expect(q.status).toBe(404);
  });
});
