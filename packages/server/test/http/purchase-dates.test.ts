import { expect, it } from 'vitest';
import { describeEachBackend } from '../support/backends.ts';
import { buildCustomer, buildStampCard } from '../support/loyalty-factories.ts';
import { signUpOwner, testClient, testServices } from '../support/test-app.ts';

describeEachBackend('purchase dates', (database) => {
  it('refuses dates before 2000-01-01 with a field message, and records nothing', async () => {
    const client = testClient(testServices(database()));
    const owner = await signUpOwner(client);
    const auth = { cookie: owner.cookie };
    await buildStampCard(client, auth);
    const customer = await buildCustomer(client, auth);
    const buy = (occurredAt: string) =>
      client.request('POST', '/api/v1/purchases', {
        ...auth,
        body: { customerId: customer.id, amountCents: 450, occurredAt },
      });
    for (const date of [
      '0001-01-01T00:00:00Z',
      '1900-06-15T10:00:00+01:00',
      '1999-12-31T23:59:59Z',
    ]) {
      const refused = await buy(date);
      expect(refused.status, date).toBe(422);
      expect(refused.body.code).toBe('validation_failed');
      expect(refused.body.errors).toEqual([
        expect.objectContaining({ field: 'occurredAt', code: 'too_early' }),
      ]);
    }
    const history = await client.request('GET', `/api/v1/customers/${customer.id}/purchases`, auth);
    expect(history.body.items ?? history.body).toHaveLength(0);
    expect((await buy('2000-01-01T00:00:00Z')).status).toBe(201);
  });
});
