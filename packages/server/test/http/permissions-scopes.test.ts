import { expect, it } from 'vitest';
import { describeEachBackend } from '../support/backends.ts';
import { buildCustomer, buildStampCard, purchase } from '../support/loyalty-factories.ts';
import { signUpOwner, testClient, testServices } from '../support/test-app.ts';

describeEachBackend('API keys hold scopes', (database) => {
  it('a new key gets the counter scopes: no adjustments, exports or webhooks', async () => {
    const client = testClient(testServices(database()));
    const owner = await signUpOwner(client);
    const program = await buildStampCard(client, owner);
    const customer = await buildCustomer(client, owner);
    const created = await client.request('POST', '/api/v1/api-keys', {
      ...owner,
      body: { name: 'Caisse' },
    });
    expect(created.body.scopes).toEqual([
      'customers:read',
      'customers:write',
      'purchases:write',
      'refunds:write',
      'redemptions:write',
      'programs:read',
    ]);
    const key = { apiKey: created.body.key };
    expect(
      (await purchase(client, key, { customerId: customer.id, amountCents: 500 })).status,
    ).toBe(201);
    const adjusted = await client.request('POST', `/api/v1/customers/${customer.id}/adjustments`, {
      ...key,
      body: { programId: program.id, delta: 1, reasonCode: 'goodwill' },
    });
    expect([adjusted.status, adjusted.body.code, adjusted.body.scope]).toEqual([
      403,
      'missing_scope',
      'balances:adjust',
    ]);
    const listed = await client.request('GET', '/api/v1/api-keys', owner);
    expect(listed.body.items[0].scopes).toEqual(created.body.scopes);
  });

  it('the owner chooses the scopes; a key without one gets 403 missing_scope', async () => {
    const client = testClient(testServices(database()));
    const owner = await signUpOwner(client);
    const customer = await buildCustomer(client, owner);
    const reader = await client.request('POST', '/api/v1/api-keys', {
      ...owner,
      body: { name: 'Site web', scopes: ['customers:read', 'programs:read'] },
    });
    expect(reader.body.scopes).toEqual(['customers:read', 'programs:read']);
    const key = { apiKey: reader.body.key };
    expect((await client.request('GET', `/api/v1/customers/${customer.id}`, key)).status).toBe(200);
    const sale = await purchase(client, key, { customerId: customer.id, amountCents: 500 });
    expect([sale.status, sale.body.code]).toEqual([403, 'missing_scope']);
    // Staff management is never a key's, whatever its scopes: forbidden, not a missing scope.
    expect((await client.request('GET', '/api/v1/staff', key)).body.code).toBe('forbidden');
    const unknown = await client.request('POST', '/api/v1/api-keys', {
      ...owner,
      body: { name: 'Pirate', scopes: ['staff:manage'] },
    });
    expect(unknown.status).toBe(422);
  });
});
