import { expect, it } from 'vitest';
import { describeEachBackend } from '../support/backends.ts';
import { buildStampCard } from '../support/loyalty-factories.ts';
import { signUpOwner, testClient, testServices } from '../support/test-app.ts';

describeEachBackend('idempotent replays', (database) => {
  it('return the exact bytes of the first answer, for a success and for a refusal', async () => {
    const client = testClient(testServices(database()));
    const owner = await signUpOwner(client);
    await buildStampCard(client, { cookie: owner.cookie });
    const send = async (path: string, key: string, body: unknown) => {
      const response = await client.app.request(path, {
        method: 'POST',
        headers: {
          cookie: owner.cookie,
          'content-type': 'application/json',
          'idempotency-key': key,
        },
        body: JSON.stringify(body),
      });
      return {
        status: response.status,
        type: response.headers.get('content-type'),
        text: await response.text(),
      };
    };
    const customer = { firstName: 'Léa', lastName: 'Martin', email: 'lea@example.fr' };
    const first = await send('/api/v1/customers', 'create-lea', customer);
    expect(first.status).toBe(201);
    const replay = await send('/api/v1/customers', 'create-lea', customer);
    expect(replay).toEqual(first);
    // A refusal (no such customer) is replayed byte for byte as well.
    const sale = { customerId: '01890000-0000-7000-8000-000000000000', amountCents: 450 };
    const refused = await send('/api/v1/purchases', 'sale-1', sale);
    expect(refused.status).toBeGreaterThanOrEqual(400);
    expect(await send('/api/v1/purchases', 'sale-1', sale)).toEqual(refused);
  });
});
