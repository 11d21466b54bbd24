import { expect, it } from 'vitest';
import { describeEachBackend } from '../../support/backends.ts';
import { buildCustomer, buildPointsProgram, purchase } from '../../support/loyalty-factories.ts';
import { signUpOwner, testClient, testServices } from '../../support/test-app.ts';

describeEachBackend('points multipliers at the till', (database) => {
  it('doubles points in the shop’s quiet hours and triples a category’s lines', async () => {
    // Tuesday 8 December 2026, 09:30 in Paris.
    let now = new Date('2026-12-08T08:30:00Z');
    const client = testClient(testServices(database(), { now: () => now }));
    const owner = await signUpOwner(client);
    const auth = { cookie: owner.cookie };
    await buildPointsProgram(client, auth, {
      multipliers: [
        { percent: 200, when: { kind: 'quiet_hours', weekdays: [2], from: '09:00', to: '11:00' } },
        { percent: 300, when: { kind: 'category', category: 'coupe' } },
      ],
    });
    const customer = await buildCustomer(client, auth);
    const quiet = await purchase(client, auth, { customerId: customer.id, amountCents: 2_000 });
    expect(quiet.body.awarded).toEqual([expect.objectContaining({ amount: 40 })]);

    now = new Date('2026-12-08T13:00:00Z');
    const busy = await purchase(client, auth, {
      customerId: customer.id,
      amountCents: 3_000,
      items: [
        { sku: 'c', name: 'Coupe', category: 'Coupe', quantity: 1, unitPriceCents: 2_000 },
        { sku: 's', name: 'Soin', category: 'Soin', quantity: 1, unitPriceCents: 1_000 },
      ],
    });
    expect(busy.body.awarded).toEqual([expect.objectContaining({ amount: 60 + 10 })]);
  });

  it('refuses a quiet-hours range that ends before it starts', async () => {
    const client = testClient(testServices(database()));
    const owner = await signUpOwner(client);
    const r = await client.request('POST', '/api/v1/programs', {
      cookie: owner.cookie,
      body: {
        kind: 'points',
        name: 'Points',
        pointsPerEuro: 1,
        multipliers: [
          {
            percent: 200,
            when: { kind: 'quiet_hours', weekdays: [1], from: '15:00', to: '14:00' },
          },
        ],
      },
    });
    expect(r.status).toBe(422);
    expect(r.body.code).toBe('invalid_program');
  });
});
