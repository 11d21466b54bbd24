import { expect, it } from 'vitest';
import { describeEachBackend } from '../../support/backends.ts';
import { type TestClient, testClient, testServices } from '../../support/test-app.ts';
import { buildMerchantFixture, type MerchantFixture } from '../robustness/merchant-fixture.ts';

async function call(
  client: TestClient,
  f: MerchantFixture,
  method: string,
  path: string,
  body?: unknown,
) {
  const r = await client.request(method, path, { cookie: f.cookie, body });
  if (r.status >= 300) throw new Error(`${method} ${path} → ${r.status} ${JSON.stringify(r.body)}`);
  return r.body;
}

const contactsOf = async (client: TestClient, f: MerchantFixture, accountId: string) =>
  (await call(client, f, 'GET', `/api/v1/b2b-accounts/${accountId}`)).contacts.map(
    (c: { customerId: string }) => c.customerId,
  );

const merge = (client: TestClient, f: MerchantFixture, survivorId: string, duplicateId: string) =>
  client.request('POST', `/api/v1/customers/${survivorId}/merge`, {
    cookie: f.cookie,
    body: { duplicateId },
  });

/** The fixture's customer is the contact of its business account; its duplicate is not. */
describeEachBackend('merging a business contact', (database) => {
  it('gives the survivor the duplicate’s place among the account’s contacts', async () => {
    const client = testClient(testServices(database()));
    const f = await buildMerchantFixture(client, 'MergeContact');
    const survivor = f.duplicateCustomerId;
    const merged = await merge(client, f, survivor, f.customerId);
    expect(merged.status, JSON.stringify(merged.body)).toBe(200);
    expect(await contactsOf(client, f, f.b2bAccountId)).toEqual([survivor]);
    const ofSurvivor = await call(client, f, 'GET', `/api/v1/customers/${survivor}/b2b-account`);
    expect(ofSurvivor.account).toMatchObject({ id: f.b2bAccountId });
    // The priority list ranks the survivor with its company, not on its own.
    const priority = await call(client, f, 'GET', '/api/v1/priority-list');
    const subjects = priority.items.map(
      (i: { subject: { type: string; id: string } }) => i.subject,
    );
    expect(subjects).toContainEqual(
      expect.objectContaining({ type: 'account', id: f.b2bAccountId }),
    );
    expect(subjects).not.toContainEqual(expect.objectContaining({ id: survivor }));
  });

  it('keeps one place when both were contacts of the same account', async () => {
    const client = testClient(testServices(database()));
    const f = await buildMerchantFixture(client, 'MergeBothContacts');
    const dup = f.duplicateCustomerId;
    await call(client, f, 'PUT', `/api/v1/b2b-accounts/${f.b2bAccountId}/contacts/${dup}`);
    expect(await contactsOf(client, f, f.b2bAccountId)).toEqual([f.customerId, dup]);
    const merged = await merge(client, f, f.customerId, dup);
    expect(merged.status, JSON.stringify(merged.body)).toBe(200);
    expect(await contactsOf(client, f, f.b2bAccountId)).toEqual([f.customerId]);
  });

  it('refuses, writing nothing, when they speak for two different companies', async () => {
    const client = testClient(testServices(database()));
    const f = await buildMerchantFixture(client, 'MergeTwoCompanies');
    const dup = f.duplicateCustomerId;
    const other = await call(client, f, 'POST', '/api/v1/b2b-accounts', {
      companyName: 'Autre société',
    });
    await call(client, f, 'PUT', `/api/v1/b2b-accounts/${other.id}/contacts/${dup}`);
    const refused = await merge(client, f, f.customerId, dup);
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({
      code: 'merge_accounts_differ',
      accountIds: [f.b2bAccountId, other.id],
    });
    expect((await call(client, f, 'GET', `/api/v1/customers/${dup}`)).mergedInto).toBeFalsy();
    expect(await contactsOf(client, f, f.b2bAccountId)).toEqual([f.customerId]);
    expect(await contactsOf(client, f, other.id)).toEqual([dup]);
  });
});
