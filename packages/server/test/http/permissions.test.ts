import { expect, it } from 'vitest';
import { describeEachBackend } from '../support/backends.ts';
import { buildCustomer, buildPointsProgram } from '../support/loyalty-factories.ts';
import { sessionCookie, signUpOwner, testClient, testServices } from '../support/test-app.ts';

describeEachBackend('what each role may do', (database) => {
  it('a cashier runs the counter but cannot create API keys, manage the team or change programs', async () => {
    const client = testClient(testServices(database()));
    const owner = await signUpOwner(client);
    const program = await buildPointsProgram(client, { cookie: owner.cookie });
    const email = `caisse-${Date.now()}@example.fr`;
    await client.request('POST', '/api/v1/staff', {
      cookie: owner.cookie,
      body: { email, role: 'staff', initialPassword: 'flan-parisien-2026' },
    });
    const login = await client.request('POST', '/api/v1/auth/login', {
      body: { email, password: 'flan-parisien-2026' },
    });
    const cashier = { cookie: sessionCookie(login.headers) };
    const customer = await buildCustomer(client, cashier);
    const bought = await client.request('POST', '/api/v1/purchases', {
      ...cashier,
      body: { customerId: customer.id, amountCents: 1500 },
    });
    expect(bought.status).toBe(201);
    const refused = [
      await client.request('POST', '/api/v1/api-keys', { ...cashier, body: { name: 'Caisse 2' } }),
      await client.request('GET', '/api/v1/api-keys', cashier),
      await client.request('POST', '/api/v1/staff', {
        ...cashier,
        body: { email: 'x@example.fr', role: 'owner', initialPassword: 'flan-parisien-2026' },
      }),
      await client.request('PATCH', `/api/v1/programs/${program.id}`, {
        ...cashier,
        body: { pointsPerEuro: 100 },
      }),
      await client.request('PATCH', '/api/v1/merchant', { ...cashier, body: { name: 'Pirate' } }),
      await client.request('GET', '/api/v1/analytics/overview', cashier),
    ];
    expect(refused.map((r) => [r.status, r.body.code])).toEqual(
      refused.map(() => [403, 'forbidden']),
    );
  });

  it('an API key (point of sale) cannot create other keys or manage the team', async () => {
    const client = testClient(testServices(database()));
    const owner = await signUpOwner(client);
    const key = (
      await client.request('POST', '/api/v1/api-keys', {
        cookie: owner.cookie,
        body: { name: 'Caisse' },
      })
    ).body.key;
    const minted = await client.request('POST', '/api/v1/api-keys', {
      apiKey: key,
      body: { name: 'Autre' },
    });
    expect(minted.status).toBe(403);
    const team = await client.request('GET', '/api/v1/staff', { apiKey: key });
    expect(team.status).toBe(403);
    const revoked = await client.request(
      'POST',
      `/api/v1/api-keys/${(await client.request('GET', '/api/v1/api-keys', { cookie: owner.cookie })).body.items[0].id}/revoke`,
      { cookie: owner.cookie },
    );
    expect(revoked.status).toBe(200);
    const after = await client.request('GET', '/api/v1/customers', { apiKey: key });
    expect(after.status).toBe(401);
  });
});
