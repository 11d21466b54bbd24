import { confirmAboveCents } from '@habitue/loyalty';
import { expect, it } from 'vitest';
import { describeEachBackend } from '../support/backends.ts';
import { buildCustomer, purchase } from '../support/loyalty-factories.ts';
import { signUpOwner, testClient, testServices } from '../support/test-app.ts';

describeEachBackend('the counter’s plausible amount', (database) => {
  it('is 250 € for a new shop, then ten times its 99th percentile basket', async () => {
    const client = testClient(testServices(database()));
    const owner = await signUpOwner(client);
    const auth = { cookie: owner.cookie };
    const fresh = await client.request('GET', '/api/v1/purchases/plausible-amount', auth);
    expect(fresh.status).toBe(200);
    expect(fresh.body).toEqual({
      confirmAboveCents: 25_000,
      basis: 'default',
      purchasesConsidered: 0,
    });
    const customer = await buildCustomer(client, auth);
    for (let i = 0; i < 30; i++)
      await purchase(client, auth, { customerId: customer.id, amountCents: 4_000 + i * 100 });
    const known = await client.request('GET', '/api/v1/purchases/plausible-amount', auth);
    // p99 of 40,00 € … 69,00 € is 68,71 € → ×10 = 687,10 € → 688 €.
    expect(known.body).toEqual({
      confirmAboveCents: 68_800,
      basis: 'history',
      purchasesConsidered: 30,
    });
  });
});

it('never asks below 250 €, and rounds up to the euro', () => {
  expect(confirmAboveCents({ count: 10, p99Cents: 90_000 })).toBe(25_000);
  expect(confirmAboveCents({ count: 500, p99Cents: 800 })).toBe(25_000);
  expect(confirmAboveCents({ count: 500, p99Cents: 4_210 })).toBe(42_100);
  expect(confirmAboveCents({ count: 500, p99Cents: 4_211.5 })).toBe(42_200);
});
