import { expect, it } from 'vitest';
import { describeEachBackend } from '../support/backends.ts';
import { signUpOwner, testClient, testServices } from '../support/test-app.ts';
import { signInStaff } from './customers/portrait-support.ts';

/**
 * `/auth/me` lists what the caller may do, so the web app shows pages and buttons from the
 * server's permission table instead of keeping its own copy of who may do what.
 */
describeEachBackend('the permissions /auth/me hands to the app', (database) => {
  it("lists a cashier's, an owner's and an API key's permissions as the table grants them", async () => {
    const client = testClient(testServices(database()));
    const owner = await signUpOwner(client);
    const staff = await signInStaff(client, owner);
    const permissionsOf = async (auth: { cookie: string } | { apiKey: string }) => {
      const me = await client.request('GET', '/api/v1/auth/me', auth);
      expect(me.status).toBe(200);
      return [...me.body.permissions].sort();
    };

    // Counter work, refunds and corrections within their limits; no value figures, no settings.
    expect(await permissionsOf({ cookie: staff.cookie })).toEqual([
      'account:self',
      'balances:adjust',
      'customers:read',
      'customers:write',
      'programs:read',
      'purchases:write',
      'redemptions:write',
      'refunds:write',
    ]);
    // The owner holds every permission the table knows.
    const table = await client.request('GET', '/api/v1/permissions', { cookie: owner.cookie });
    const every = (table.body.rows as { permission: string }[]).map((r) => r.permission).sort();
    expect(every).toContain('merchant:manage');
    expect(await permissionsOf({ cookie: owner.cookie })).toEqual(every);

    const key = await client.request('POST', '/api/v1/api-keys', {
      cookie: owner.cookie,
      body: { name: 'Site', scopes: ['customers:read', 'data:export'] },
    });
    expect(await permissionsOf({ apiKey: key.body.key })).toEqual([
      'customers:read',
      'data:export',
    ]);
  });
});
