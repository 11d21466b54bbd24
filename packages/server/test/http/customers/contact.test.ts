import { expect, it } from 'vitest';
import { describeEachBackend } from '../../support/backends.ts';
import { buildCustomer, buildStampCard, purchase } from '../../support/loyalty-factories.ts';
import { signUpOwner, testClient, testServices } from '../../support/test-app.ts';

describeEachBackend('the customer page edits contact details and enrols', (database) => {
  it('changes and removes contact details; a removed phone no longer finds the customer', async () => {
    const client = testClient(testServices(database()));
    const owner = await signUpOwner(client);
    const auth = { cookie: owner.cookie };
    const c = await buildCustomer(client, auth, {
      phone: '06 12 34 56 78',
      email: 'lea@exemple.fr',
      company: 'Atelier Martin',
      birthday: '03-14',
    });
    const patched = await client.request('PATCH', `/api/v1/customers/${c.id}`, {
      ...auth,
      body: { phone: null, birthday: null, company: null, email: 'lea.martin@exemple.fr' },
    });
    expect(patched.status).toBe(200);
    const after = await client.request('GET', `/api/v1/customers/${c.id}`, auth);
    expect(after.body).toMatchObject({
      firstName: 'Léa',
      phone: null,
      birthday: null,
      company: null,
      email: 'lea.martin@exemple.fr',
    });
    const byPhone = await client.request('GET', '/api/v1/customers?query=0612345678', auth);
    expect(byPhone.body.items).toEqual([]);
  });

  it('enrols an existing non-member, whose next purchases earn', async () => {
    const client = testClient(testServices(database()));
    const owner = await signUpOwner(client);
    const auth = { cookie: owner.cookie };
    await buildStampCard(client, auth);
    const c = await buildCustomer(client, auth, { member: false });
    expect(
      (await purchase(client, auth, { customerId: c.id, amountCents: 500 })).body.awarded,
    ).toEqual([]);
    const enrolled = await client.request('PATCH', `/api/v1/customers/${c.id}`, {
      ...auth,
      body: { member: true },
    });
    expect(enrolled.body.memberSince).not.toBeNull();
    const next = await purchase(client, auth, { customerId: c.id, amountCents: 500 });
    expect(next.body.awarded).toHaveLength(1);
  });
});
