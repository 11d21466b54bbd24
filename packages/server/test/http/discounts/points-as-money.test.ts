import { expect, it } from 'vitest';
import { describeEachBackend } from '../../support/backends.ts';
import {
  buildCustomer,
  buildPointsProgram,
  buildStampCard,
  expectLedgerInvariants,
  purchase,
} from '../../support/loyalty-factories.ts';
import { signUpOwner, testClient, testServices } from '../../support/test-app.ts';

describeEachBackend('points as money off, any amount', (database) => {
  it('converts exactly the points asked; the next quote and sale use the money, the rest stays', async () => {
    const client = testClient(testServices(database()));
    const owner = await signUpOwner(client);
    const auth = { cookie: owner.cookie };
    const program = await buildPointsProgram(client, auth, {
      pointsAsMoney: { points: 100, cents: 100 },
    });
    const customer = await buildCustomer(client, auth);
    await purchase(client, auth, { customerId: customer.id, amountCents: 50_000 });

    const converted = await client.request('POST', '/api/v1/redemptions', {
      ...auth,
      body: { customerId: customer.id, programId: program.id, points: 320 },
    });
    expect(converted.status, JSON.stringify(converted.body)).toBe(201);
    expect(converted.body).toMatchObject({
      points: 320,
      amountCents: 320,
      discount: { kind: 'points', label: '320', amountCents: 320 },
    });
    expect(converted.body.card[0].balance).toBe(180);

    const q = await client.request('POST', '/api/v1/purchases/quote', {
      ...auth,
      body: { customerId: customer.id, amountCents: 200 },
    });
    expect(q.body.discounts).toEqual([{ kind: 'points', label: '320', amountCents: 200 }]);
    expect(q.body.amountDueCents).toBe(0);
    const sale = await purchase(client, auth, {
      customerId: customer.id,
      amountCents: 0,
      discounts: q.body.discounts,
    });
    expect(sale.status, JSON.stringify(sale.body)).toBe(201);
    // 1,20 € of the conversion is left for the next purchase.
    const next = await client.request('POST', '/api/v1/purchases/quote', {
      ...auth,
      body: { customerId: customer.id, amountCents: 1_000 },
    });
    expect(next.body.discounts).toEqual([{ kind: 'points', label: '320', amountCents: 120 }]);
    expect(next.body.amountDueCents).toBe(880);
    // Declaring more than is left is refused, and nothing is written.
    const greedy = await purchase(client, auth, {
      customerId: customer.id,
      amountCents: 500,
      discounts: [{ kind: 'points', label: '320', amountCents: 500 }],
    });
    expect(greedy.status).toBe(409);
    expect(greedy.body.code).toBe('insufficient_balance');
    await expectLedgerInvariants(client.services.db, owner.merchant.id);
  });

  it('two tills converting the same points at once: one succeeds, the balance never goes negative', async () => {
    const client = testClient(testServices(database()));
    const owner = await signUpOwner(client);
    const auth = { cookie: owner.cookie };
    const program = await buildPointsProgram(client, auth, {
      pointsAsMoney: { points: 10, cents: 5 },
    });
    const customer = await buildCustomer(client, auth);
    await purchase(client, auth, { customerId: customer.id, amountCents: 50_000 });
    const results = await Promise.all(
      [0, 1, 2].map(() =>
        client.request('POST', '/api/v1/redemptions', {
          ...auth,
          body: { customerId: customer.id, programId: program.id, points: 300 },
        }),
      ),
    );
    expect(results.map((r) => r.status).sort()).toEqual([201, 409, 409]);
    const card = await client.request('GET', `/api/v1/customers/${customer.id}/card`, auth);
    expect(card.body.programs[0].balance).toBe(200);
    expect(results.find((r) => r.status === 201)!.body.amountCents).toBe(150);
    await expectLedgerInvariants(client.services.db, owner.merchant.id);
  });

  it('refuses a program without a rate and a stamp card', async () => {
    const client = testClient(testServices(database()));
    const owner = await signUpOwner(client);
    const auth = { cookie: owner.cookie };
    const points = await buildPointsProgram(client, auth);
    const card = await buildStampCard(client, auth);
    const customer = await buildCustomer(client, auth);
    await purchase(client, auth, { customerId: customer.id, amountCents: 5_000 });
    const noRate = await client.request('POST', '/api/v1/redemptions', {
      ...auth,
      body: { customerId: customer.id, programId: points.id, points: 10 },
    });
    expect(noRate.status).toBe(422);
    expect(noRate.body.code).toBe('points_not_convertible');
    const stamps = await client.request('POST', '/api/v1/redemptions', {
      ...auth,
      body: { customerId: customer.id, programId: card.id, points: 1 },
    });
    expect(stamps.body.code).toBe('program_kind_mismatch');
  });
});
