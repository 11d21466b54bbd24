import { expect, it } from 'vitest';
import { describeEachBackend } from '../../support/backends.ts';
import { buildCustomer } from '../../support/loyalty-factories.ts';
import { signUpOwner, testClient, testServices } from '../../support/test-app.ts';

describeEachBackend('campaigns treat the contacts of a business account as B2B', (database) => {
  it('emails a contact who never said no, not a private customer, not a contact who objected', async () => {
    const client = testClient(testServices(database()));
    const owner = await signUpOwner(client);
    const auth = { cookie: owner.cookie };
    const account = (
      await client.request('POST', '/api/v1/b2b-accounts', {
        ...auth,
        body: { companyName: 'Hôtel du Parc' },
      })
    ).body;
    const buyer = await buildCustomer(client, auth, {
      firstName: 'Nadia',
      email: 'achats@hotel.example.org',
    });
    const objected = await buildCustomer(client, auth, {
      firstName: 'Luc',
      email: 'direction@hotel.example.org',
      consents: [
        { channel: 'email', granted: false, source: 'counter', wordingVersion: 'fr-2026-11' },
      ],
    });
    await buildCustomer(client, auth, { firstName: 'Zoé', email: 'zoe@example.org' });
    const preview = () =>
      client.request('POST', '/api/v1/campaigns/preview', {
        ...auth,
        body: { channel: 'email', segment: {}, subject: 'Nouveautés', body: 'Bonjour {{prenom}}' },
      });
    const before = await preview();
    expect(before.status, JSON.stringify(before.body)).toBe(200);
    expect(before.body.recipients).toBe(0);
    for (const contact of [buyer, objected]) {
      const linked = await client.request(
        'PUT',
        `/api/v1/b2b-accounts/${account.id}/contacts/${contact.id}`,
        auth,
      );
      expect(linked.status).toBe(200);
    }
    const after = await preview();
    expect(after.body.recipients).toBe(1);
    expect(after.body.sample.customerId).toBe(buyer.id);
    expect(after.body.excluded).toEqual({ no_address: 0, withdrawn: 1, no_consent: 1 });
  });
});
