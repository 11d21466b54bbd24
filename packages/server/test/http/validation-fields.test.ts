import { expect, it } from 'vitest';
import { describeEachBackend } from '../support/backends.ts';
import { buildCustomer } from '../support/loyalty-factories.ts';
import { signUpOwner, testClient, testServices } from '../support/test-app.ts';

/**
 * A validation problem carries, for each field, the rule it broke and its limits, so that the
 * web app words it in the person's language ("Trop grand : 1 000 000,00 € au plus") instead
 * of showing the English `message`.
 */
describeEachBackend('validation problems are machine-readable', (database) => {
  it('a too large amount and a too long name say which limit they broke', async () => {
    const client = testClient(testServices(database()));
    const owner = await signUpOwner(client);
    const auth = { cookie: owner.cookie };
    const customer = await buildCustomer(client, auth);

    const purchase = await client.request('POST', '/api/v1/purchases', {
      ...auth,
      body: { customerId: customer.id, amountCents: 100_000_001 },
    });
    expect(purchase.status).toBe(422);
    expect(purchase.body.errors).toContainEqual(
      expect.objectContaining({
        field: 'amountCents',
        code: 'too_big',
        origin: 'number',
        maximum: 100_000_000,
        inclusive: true,
      }),
    );

    const named = await client.request('POST', '/api/v1/customers', {
      ...auth,
      body: { firstName: 'L'.repeat(500), email: 'not an email' },
    });
    expect(named.status).toBe(422);
    expect(named.body.errors).toContainEqual(
      expect.objectContaining({ field: 'firstName', code: 'too_big', origin: 'string' }),
    );
    const tooLong = named.body.errors.find((e: { field: string }) => e.field === 'firstName');
    expect(tooLong.maximum).toBeGreaterThan(0);
    expect(named.body.errors).toContainEqual(
      expect.objectContaining({ field: 'email', code: 'invalid_format', format: 'email' }),
    );
  });
});
