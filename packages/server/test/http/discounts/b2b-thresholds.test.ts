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

/** The owner's steps: from 500 € bought over the year, 3 %; from 2 000 €, 5 %. */
const STEPS = {
  periodMonths: 12,
  steps: [
    { fromCents: 50_000, percent: 3 },
    { fromCents: 200_000, percent: 5 },
  ],
};

async function accountWithContacts(client: TestClient, auth: Credentials, count: number) {
  const account = await client.request('POST', '/api/v1/b2b-accounts', {
    ...auth,
    body: { companyName: 'Martin SARL', paymentTermsDays: 30 },
  });
  expect(account.status, JSON.stringify(account.body)).toBe(201);
  const contacts = [];
  for (let i = 0; i < count; i++) {
    const customer = await buildCustomer(client, auth, { firstName: `Contact${i}` });
    const added = await client.request(
      'PUT',
      `/api/v1/b2b-accounts/${account.body.id}/contacts/${customer.id}`,
      auth,
    );
    expect(added.status, JSON.stringify(added.body)).toBeLessThan(300);
    contacts.push(customer);
  }
  return { account: account.body, contacts };
}

function quote(client: TestClient, auth: Credentials, customerId: string, amountCents = 10_000) {
  return client.request('POST', '/api/v1/purchases/quote', {
    ...auth,
    body: { customerId, amountCents },
  });
}

describeEachBackend('B2B thresholds: volume steps for business accounts', (database) => {
  it('the owner sets climbing steps; steps that do not climb are refused, field by field', async () => {
    const client = testClient(testServices(database()));
    const owner = await signUpOwner(client);
    const auth = { cookie: owner.cookie };
    const none = await client.request('GET', '/api/v1/b2b-thresholds', auth);
    expect(none.body).toEqual({ periodMonths: 12, steps: [] });
    const refused = await client.request('PUT', '/api/v1/b2b-thresholds', {
      ...auth,
      body: { periodMonths: 12, steps: [...STEPS.steps].reverse() },
    });
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('validation_failed');
    expect(refused.body.errors).toEqual([
      expect.objectContaining({ field: 'steps.1.fromCents', code: 'threshold_not_increasing' }),
    ]);
    const tooMuch = await client.request('PUT', '/api/v1/b2b-thresholds', {
      ...auth,
      body: { periodMonths: 12, steps: [{ fromCents: 100, percent: 90 }] },
    });
    expect(tooMuch.status).toBe(422);
    expect((await client.request('GET', '/api/v1/b2b-thresholds', auth)).body.steps).toEqual([]);
    const saved = await client.request('PUT', '/api/v1/b2b-thresholds', { ...auth, body: STEPS });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect((await client.request('GET', '/api/v1/b2b-thresholds', auth)).body).toEqual(STEPS);
  });

  it("a contact gets the highest step the account's spend reached, the sale records it; others get nothing", async () => {
    const client = testClient(testServices(database()));
    const owner = await signUpOwner(client);
    const auth = { cookie: owner.cookie };
    await buildPointsProgram(client, auth);
    await client.request('PUT', '/api/v1/b2b-thresholds', { ...auth, body: STEPS });
    const { contacts } = await accountWithContacts(client, auth, 2);
    const [first, second] = contacts;
    const walkIn = await buildCustomer(client, auth, { firstName: 'Passant' });

    // Below the first step: no discount, the quote says which steps are not reached.
    const before = await quote(client, auth, first.id);
    expect(before.body.discounts).toEqual([]);
    expect(before.body.notApplied).toEqual([
      { kind: 'b2b_threshold', label: 'Martin SARL', reason: 'threshold_not_reached' },
      { kind: 'b2b_threshold', label: 'Martin SARL', reason: 'threshold_not_reached' },
    ]);
    // Both contacts' purchases count for the account: 300 € + 250 € ≥ 500 €.
    await purchase(client, auth, { customerId: first.id, amountCents: 30_000 });
    await purchase(client, auth, { customerId: second.id, amountCents: 25_000 });
    const card1 = await client.request('GET', `/api/v1/customers/${first.id}/card`, auth);
    expect(card1.body.tradeDiscount).toEqual({
      account: 'Martin SARL',
      periodMonths: 12,
      percent: 3,
      next: { percent: 5, spendLeftCents: 145_000 },
    });
    const step1 = await quote(client, auth, first.id);
    expect(step1.body.discounts).toEqual([
      { kind: 'b2b_threshold', label: 'Martin SARL', percent: 3, amountCents: 300 },
    ]);
    expect(step1.body.amountDueCents).toBe(9_700);
    const sale = await purchase(client, auth, {
      customerId: first.id,
      amountCents: step1.body.amountDueCents,
      discounts: step1.body.discounts,
    });
    expect(sale.status, JSON.stringify(sale.body)).toBe(201);
    expect(sale.body.amountCents).toBe(9_700);

    await purchase(client, auth, { customerId: second.id, amountCents: 150_000 });
    const step2 = await quote(client, auth, second.id);
    expect(step2.body.discounts).toEqual([
      { kind: 'b2b_threshold', label: 'Martin SARL', percent: 5, amountCents: 500 },
    ]);
    // Both cards say where the account stands: the staff card and the customer's own.
    const card = await client.request('GET', `/api/v1/customers/${second.id}/card`, auth);
    expect(card.body.tradeDiscount).toEqual({
      account: 'Martin SARL',
      periodMonths: 12,
      percent: 5,
      next: null,
    });
    const own = await client.request('GET', `/api/v1/public/cards/${first.cardToken}`);
    expect(own.status, JSON.stringify(own.body)).toBe(200);
    expect(own.body.tradeDiscount).toEqual({
      account: 'Martin SARL',
      periodMonths: 12,
      percent: 5,
      next: null,
    });
    const walkInCard = await client.request('GET', `/api/v1/customers/${walkIn.id}/card`, auth);
    expect(walkInCard.body.tradeDiscount).toBeNull();
    expect((await quote(client, auth, walkIn.id)).body).toMatchObject({
      discounts: [],
      notApplied: [],
      amountDueCents: 10_000,
    });
    await expectLedgerInvariants(client.services.db, owner.merchant.id);
  });

  it('counts spend net of refunds and only over the period', async () => {
    const client = testClient(testServices(database()));
    const owner = await signUpOwner(client);
    const auth = { cookie: owner.cookie };
    await buildPointsProgram(client, auth);
    await client.request('PUT', '/api/v1/b2b-thresholds', { ...auth, body: STEPS });
    const [contact] = (await accountWithContacts(client, auth, 1)).contacts;
    const longAgo = new Date(Date.now() - 400 * 86_400_000).toISOString();
    const old = await purchase(client, auth, {
      customerId: contact.id,
      amountCents: 300_000,
      occurredAt: longAgo,
    });
    expect(old.status, JSON.stringify(old.body)).toBe(201);
    expect((await quote(client, auth, contact.id)).body.discounts).toEqual([]);

    const recent = await purchase(client, auth, { customerId: contact.id, amountCents: 60_000 });
    expect((await quote(client, auth, contact.id)).body.discounts).toMatchObject([{ percent: 3 }]);
    const refunded = await client.request(
      'POST',
      `/api/v1/purchases/${recent.body.purchaseId}/refund`,
      { ...auth, body: { amountCents: 20_000 } },
    );
    expect(refunded.status).toBe(201);
    expect((await quote(client, auth, contact.id)).body.discounts).toEqual([]);

    // A longer period set by the owner counts the old purchase again, at once.
    await client.request('PUT', '/api/v1/b2b-thresholds', {
      ...auth,
      body: { periodMonths: 24, steps: STEPS.steps },
    });
    expect((await quote(client, auth, contact.id)).body.discounts).toMatchObject([{ percent: 5 }]);
  });
});
