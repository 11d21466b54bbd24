import { expect, it } from 'vitest';
import { describeEachBackend } from '../../support/backends.ts';
import { expectLedgerInvariants } from '../../support/loyalty-factories.ts';
import { testClient, testServices } from '../../support/test-app.ts';
import { signInMember } from '../team-members.ts';
import { books, findPersonalData, shopWithKnownCustomer } from './personal-data.ts';

describeEachBackend('GDPR access and erasure', (database) => {
  it("gives the customer's complete data, to owners and managers only", async () => {
    const client = testClient(testServices(database()));
    const { fixture: f, auth } = await shopWithKnownCustomer(client, 'Access');
    const r = await client.request('GET', `/api/v1/customers/${f.customerId}/export`, auth);
    expect(r.status).toBe(200);
    const data = r.body;
    expect(data.customer).toMatchObject({
      lastName: 'Quintal',
      email: f.customerEmail,
      birthday: '03-14',
      erasedAt: null,
    });
    expect(data.consents[0]).toMatchObject({ channel: 'email', granted: true, source: 'counter' });
    expect(data.tags).toEqual([f.tag]);
    expect(data.notes.map((n: { body: string }) => n.body)).toContain(
      'Mme Quintal préfère être appelée au 06 98 76 54 32',
    );
    expect(data.purchases.length).toBe(5);
    expect(
      data.purchases.flatMap((p: { refunds: { reason: string }[] }) =>
        p.refunds.map((x) => x.reason),
      ),
    ).toContain('Mme Quintal a rendu un article');
    expect(data.ledger.length).toBeGreaterThan(5);
    const states = new Set(data.vouchers.map((v: { state: string }) => v.state));
    expect([...states].sort()).toEqual(['open', 'used']);
    expect(data.adjustments.map((a: { reason: string }) => a.reason)).toContain(
      'Carte papier de Mme Quintal',
    );
    expect(data.interactions.map((i: { outcome: string }) => i.outcome)).toContain(
      'Mme Quintal se plaint du service',
    );
    expect(data.surveyAnswers).toEqual([
      expect.objectContaining({
        surveyTitle: 'Votre avis Access',
        npsScore: 4,
        answers: { q1: 4, q2: 'Service lent (Access)' },
      }),
    ]);
    expect(data.messages[0]).toMatchObject({ subject: 'Merchant Access says hello' });
    expect(data.webhookDeliveries[0]).toMatchObject({ eventType: 'customer.created' });

    const manager = await signInMember(client, { cookie: f.cookie }, 'manager');
    const staff = await signInMember(client, { cookie: f.cookie }, 'staff');
    const path = `/api/v1/customers/${f.customerId}/export`;
    expect((await client.request('GET', path, manager)).status).toBe(200);
    expect((await client.request('GET', path, staff)).status).toBe(403);
  });

  it('erases every trace of the person while the books still balance', async () => {
    const handle = database();
    const client = testClient(testServices(handle));
    const { fixture: f, auth, needles } = await shopWithKnownCustomer(client, 'Zephyrine');
    const other = await client.request('POST', '/api/v1/customers', {
      ...auth,
      body: { firstName: 'Gaspard', email: 'gaspard@exemple.fr' },
    });
    expect(await findPersonalData(handle.db, f.merchantId, needles)).not.toEqual([]);
    const before = await books(handle.db, f.merchantId);

    const manager = await signInMember(client, { cookie: f.cookie }, 'manager');
    const path = `/api/v1/customers/${f.customerId}/erase`;
    expect((await client.request('POST', path, manager)).status).toBe(403);
    expect((await client.request('POST', path, { apiKey: f.apiKey })).status).toBe(403);
    const erased = await client.request('POST', path, auth);
    expect(erased.status).toBe(200);
    expect(erased.body.id).toBe(f.customerId);
    // The shop holds a second, unmerged record of the same person (same name and email): it
    // is theirs too, and erased the same way.
    expect(await findPersonalData(handle.db, f.merchantId, needles)).not.toEqual([]);
    const duplicate = `/api/v1/customers/${f.duplicateCustomerId}/erase`;
    expect((await client.request('POST', duplicate, auth)).status).toBe(200);

    expect(await findPersonalData(handle.db, f.merchantId, needles)).toEqual([]);
    expect(await books(handle.db, f.merchantId)).toEqual(before);
    await expectLedgerInvariants(handle.db, f.merchantId);

    const card = await client.request('GET', `/api/v1/public/cards/${f.cardToken}`);
    expect(card.status).toBe(404);
    const after = await client.request('GET', `/api/v1/customers/${f.customerId}/export`, auth);
    expect(after.body.customer).toMatchObject({ firstName: null, email: null, cardUrl: null });
    expect(after.body.customer.erasedAt).not.toBeNull();
    expect(after.body.purchases.length).toBe(5);
    const kept = await client.request('GET', `/api/v1/customers/${other.body.id}`, auth);
    expect(kept.body).toMatchObject({ firstName: 'Gaspard', email: 'gaspard@exemple.fr' });

    const again = await client.request('POST', path, auth);
    expect(again.body.erasedAt).toBe(erased.body.erasedAt);
  });

  it('erases the records merged into the customer with them', async () => {
    const handle = database();
    const client = testClient(testServices(handle));
    const { fixture: f, auth, needles } = await shopWithKnownCustomer(client, 'Ysolde');
    // The known customer becomes the merged duplicate: its adjustments, survey answer and
    // webhook deliveries stay on it, and its card still opens the survivor's.
    const survivor = f.duplicateCustomerId;
    const merged = await client.request('POST', `/api/v1/customers/${survivor}/merge`, {
      ...auth,
      body: { duplicateId: f.customerId },
    });
    expect(merged.status, JSON.stringify(merged.body)).toBe(200);
    expect((await client.request('GET', `/api/v1/public/cards/${f.cardToken}`)).status).toBe(200);
    const before = await books(handle.db, f.merchantId);

    const erased = await client.request('POST', `/api/v1/customers/${survivor}/erase`, auth);
    expect(erased.status).toBe(200);
    expect(await findPersonalData(handle.db, f.merchantId, [...needles, 'Service lent'])).toEqual(
      [],
    );
    expect(await books(handle.db, f.merchantId)).toEqual(before);
    expect((await client.request('GET', `/api/v1/public/cards/${f.cardToken}`)).status).toBe(404);
    await expectLedgerInvariants(handle.db, f.merchantId);
  });
});
