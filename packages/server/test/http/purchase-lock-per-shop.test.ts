import { expect, it } from 'vitest';
import { describeEachBackend } from '../support/backends.ts';
import { buildCustomer, buildPointsProgram, purchase } from '../support/loyalty-factories.ts';
import { signUpOwner, testClient, testServices } from '../support/test-app.ts';
import { tierLadderFor } from './robustness/merchant-fixture.ts';

/**
 * The purchase's lock statement is built once per process and reused with each purchase's
 * values (`compiledOnce`). Everything the statement reads must come from those values: a shop's
 * id captured when the statement was first built would make every later shop of the process
 * read the first shop's settings (which row-level security then hides), and lose its own.
 */
describeEachBackend('the purchase lock reads each shop’s own settings', (database) => {
  it('gives the second shop of the process its own tier ladder, with an Idempotency-Key', async () => {
    const client = testClient(testServices(database()));
    const shops = [];
    for (const label of ['Premier', 'Second']) {
      const owner = await signUpOwner(client);
      const auth = { cookie: owner.cookie };
      await buildPointsProgram(client, auth);
      const ladder = await client.request('PUT', '/api/v1/tier-ladder', {
        ...auth,
        body: tierLadderFor(label),
      });
      expect(ladder.status).toBe(200);
      shops.push({ label, auth, customer: await buildCustomer(client, auth) });
    }
    for (const shop of shops) {
      for (const visit of [1, 2]) {
        const r = await purchase(
          client,
          shop.auth,
          { customerId: shop.customer.id, amountCents: 800 },
          { 'idempotency-key': `ticket-${shop.label}-${visit}` },
        );
        expect(r.status).toBe(201);
        // Two visits reach the ladder's top level: the shop's own ladder, by its own name.
        expect(r.body.tier?.name).toBe(visit === 1 ? `Base ${shop.label}` : `Top ${shop.label}`);
      }
    }
  });
});
