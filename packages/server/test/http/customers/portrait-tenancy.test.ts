import { expect, it } from 'vitest';
import { describeEachBackend } from '../../support/backends.ts';
import { buildCustomer, purchase } from '../../support/loyalty-factories.ts';
import { signUpOwner, testClient, testServices } from '../../support/test-app.ts';
import { signInStaff } from './portrait-support.ts';

describeEachBackend('customer portrait routes: tenancy and roles', (database) => {
  it("another merchant's customer is a 404 on every route, and nothing is written", async () => {
    const client = testClient(testServices(database()));
    const a = await signUpOwner(client);
    const b = await signUpOwner(client);
    const theirs = await buildCustomer(client, { cookie: b.cookie });
    await purchase(client, { cookie: b.cookie }, { customerId: theirs.id, amountCents: 500 });
    const base = `/api/v1/customers/${theirs.id}`;
    const probes: [string, string, unknown?][] = [
      ['GET', `${base}/notes`],
      ['POST', `${base}/notes`, { body: 'Intrusion' }],
      ['GET', `${base}/tags`],
      ['PUT', `${base}/tags`, { tags: ['volé'] }],
      ['GET', `${base}/purchases`],
    ];
    for (const [method, path, body] of probes) {
      const r = await client.request(method, path, {
        cookie: a.cookie,
        ...(body ? { body } : {}),
      });
      expect(r.status, `${method} ${path}`).toBe(404);
      expect(r.body.code).toBe('not_found');
    }
    const own = { cookie: b.cookie };
    expect((await client.request('GET', `${base}/notes`, own)).body.items).toEqual([]);
    expect((await client.request('GET', `${base}/tags`, own)).body.tags).toEqual([]);
    expect(
      (await client.request('GET', '/api/v1/customer-tags', { cookie: a.cookie })).body,
    ).toEqual({ items: [] });
    const unknown = await client.request(
      'GET',
      '/api/v1/customers/0193a1b2-7c3d-7e4f-8a9b-0c1d2e3f4a5b/purchases',
      { cookie: a.cookie },
    );
    expect(unknown.status).toBe(404);
  });

  it('staff may read and write notes and tags and read purchases; nobody anonymous may', async () => {
    const client = testClient(testServices(database()));
    const owner = await signUpOwner(client);
    const staff = await signInStaff(client, owner);
    const customer = await buildCustomer(client, { cookie: staff.cookie });
    const base = `/api/v1/customers/${customer.id}`;
    const s = { cookie: staff.cookie };
    expect(
      (await client.request('POST', `${base}/notes`, { ...s, body: { body: 'ok' } })).status,
    ).toBe(201);
    expect(
      (await client.request('PUT', `${base}/tags`, { ...s, body: { tags: ['a'] } })).status,
    ).toBe(200);
    expect((await client.request('GET', `${base}/purchases`, s)).status).toBe(200);
    expect((await client.request('GET', '/api/v1/customer-tags', s)).status).toBe(200);
    // Staff do not read the audit log, but their writes are in it for the owner.
    expect((await client.request('GET', '/api/v1/audit-log', s)).status).toBe(403);
    for (const [method, path] of [
      ['GET', `${base}/notes`],
      ['PUT', `${base}/tags`],
      ['GET', `${base}/purchases`],
    ] as const) {
      const r = await client.request(method, path, method === 'PUT' ? { body: { tags: [] } } : {});
      expect(r.status, `${method} ${path}`).toBe(401);
    }
  });
});
