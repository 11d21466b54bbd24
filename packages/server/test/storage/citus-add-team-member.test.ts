import { expect, it } from 'vitest';
import { asSystem } from '../../src/db/tenant.ts';
import { describeEachBackend } from '../support/backends.ts';
import { sessionCookie, signUpOwner, testClient, testServices } from '../support/test-app.ts';

/**
 * An owner gives someone a login to the shop: the login, the membership and the audit line in
 * one transaction. On a Citus cluster its statements reach the workers over one connection per
 * role: the membership was refused (422, a key to a login it could not see) when it was
 * written by the restricted role after the system role wrote the login.
 */
describeEachBackend('adding a team member', (database) => {
  it('creates the login and its access to the shop in one go: the new cashier signs in and works there', async () => {
    const client = testClient(testServices(database()));
    const owner = await signUpOwner(client);
    const email = `caisse-${Date.now()}@example.fr`;
    const password = 'flan-parisien-2026';
    const added = await client.request('POST', '/api/v1/staff', {
      cookie: owner.cookie,
      body: { email, role: 'staff', displayName: 'Julien', initialPassword: password },
    });
    expect(added.status, JSON.stringify(added.body)).toBe(201);
    expect(added.body).toMatchObject({ email, role: 'staff', displayName: 'Julien' });

    const login = await client.request('POST', '/api/v1/auth/login', { body: { email, password } });
    expect(login.status, JSON.stringify(login.body)).toBe(200);
    const cashier = { cookie: sessionCookie(login.headers) };
    const customer = await client.request('POST', '/api/v1/customers', {
      ...cashier,
      body: { firstName: 'Léa', lastName: 'Martin' },
    });
    expect(customer.status, JSON.stringify(customer.body)).toBe(201);

    const team = await client.request('GET', '/api/v1/staff', { cookie: owner.cookie });
    expect(team.status).toBe(200);
    expect(
      team.body.items.map((m: { email: string; role: string }) => [m.email, m.role]).sort(),
    ).toEqual([
      [email, 'staff'],
      [owner.email, 'owner'],
    ]);
    const audit = await asSystem(client.services.db, (tx) =>
      tx
        .selectFrom('audit_log')
        .select(['action', 'subject_id'])
        .where('merchant_id', '=', owner.merchant.id)
        .where('action', '=', 'staff.added')
        .execute(),
    );
    expect(audit).toEqual([{ action: 'staff.added', subject_id: added.body.id }]);
  });

  it('writes nothing when the email already has a login', async () => {
    const client = testClient(testServices(database()));
    const owner = await signUpOwner(client);
    const other = await signUpOwner(client);
    const refused = await client.request('POST', '/api/v1/staff', {
      cookie: owner.cookie,
      body: { email: other.email, role: 'staff', initialPassword: 'flan-parisien-2026' },
    });
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('email_taken');
    const members = await asSystem(client.services.db, (tx) =>
      tx
        .selectFrom('memberships')
        .select('user_id')
        .where('merchant_id', '=', owner.merchant.id)
        .execute(),
    );
    expect(members).toEqual([{ user_id: owner.user.id }]);
  });
});
