import { expect, it } from 'vitest';
import { describeEachBackend } from '../../support/backends.ts';
import { buildCustomer, purchase } from '../../support/loyalty-factories.ts';
import { signUpOwner, testClient, testServices } from '../../support/test-app.ts';
import { signInStaff } from '../customers/portrait-support.ts';

const NOW = new Date('2026-12-06T10:00:00Z');

describeEachBackend(
  'recognition: customer of the month, long-standing customers, late invoices',
  (database) => {
    it('suggests the customer of the month and the old regulars, and tags them for a campaign', async () => {
      const client = testClient(testServices(database(), { now: () => NOW }));
      const owner = await signUpOwner(client);
      const auth = { cookie: owner.cookie };
      const buyer = async (firstName: string, days: string[]) => {
        const customer = await buildCustomer(client, auth, { firstName });
        for (const day of days) {
          const r = await purchase(client, auth, {
            customerId: customer.id,
            amountCents: 1_000,
            occurredAt: `${day}T10:00:00Z`,
          });
          expect(r.status, JSON.stringify(r.body)).toBe(201);
        }
        return customer;
      };
      const lea = await buyer('Léa', ['2026-11-10', '2026-11-20', '2026-11-28', '2026-12-02']);
      const luc = await buyer('Luc', ['2019-03-02', '2026-11-30']);
      // Twice on one day is one visit.
      await buyer('Zoé', ['2026-12-01', '2026-12-01', '2026-12-03']);
      await buyer('Ancien', ['2018-01-01', '2024-01-01']); // long-standing but gone

      const found = await client.request('GET', '/api/v1/recognition', auth);
      expect(found.status, JSON.stringify(found.body)).toBe(200);
      expect(found.body.customerOfTheMonth).toEqual({
        customerId: lea.id,
        name: 'Léa Martin',
        reasons: [
          { kind: 'visits_this_month', count: 4 },
          { kind: 'spend_this_month', cents: 4_000 },
        ],
      });
      expect(found.body.longStanding).toEqual([
        {
          customerId: luc.id,
          name: 'Luc Martin',
          since: '2019-03-02',
          years: 7,
          reasons: [
            { kind: 'seniority', years: 7 },
            { kind: 'total_visits', count: 2 },
          ],
        },
      ]);

      const tagged = await client.request('POST', '/api/v1/recognition/tag', {
        ...auth,
        body: { customerIds: [luc.id, lea.id], tag: '  Fidèles Décembre ' },
      });
      expect(tagged.body).toEqual({ tag: 'fidèles décembre', tagged: 2 });
      const tags = await client.request('GET', `/api/v1/customers/${luc.id}/tags`, auth);
      expect(tags.body.tags).toContain('fidèles décembre');
      // The campaign's segment on that tag reaches them (Luc and Léa bought: soft opt-in needs an email).
      const preview = await client.request('POST', '/api/v1/campaigns/preview', {
        ...auth,
        body: {
          channel: 'email',
          segment: { tags: ['fidèles décembre'] },
          subject: 'Merci',
          body: 'Bonjour {{prenom}}',
        },
      });
      expect(preview.status, JSON.stringify(preview.body)).toBe(200);
      expect(preview.body.recipients + preview.body.excluded.no_address).toBe(2);

      const staff = await signInStaff(client, owner);
      expect(
        (await client.request('GET', '/api/v1/recognition', { cookie: staff.cookie })).status,
      ).toBe(403);
    });

    it('lists invoices unpaid a week after their due date as reasons to follow up', async () => {
      const client = testClient(testServices(database(), { now: () => NOW }));
      const owner = await signUpOwner(client);
      const auth = { cookie: owner.cookie };
      const account = (
        await client.request('POST', '/api/v1/b2b-accounts', {
          ...auth,
          body: { companyName: 'Hôtel' },
        })
      ).body;
      const nadia = await buildCustomer(client, auth, { firstName: 'Nadia' });
      await client.request('PUT', `/api/v1/b2b-accounts/${account.id}/contacts/${nadia.id}`, auth);
      const invoices = `/api/v1/b2b-accounts/${account.id}/invoices`;
      const late = await client.request('POST', invoices, {
        ...auth,
        body: { number: 'F-1', amountCents: 80_000, issuedOn: '2026-10-20', dueOn: '2026-11-20' },
      });
      await client.request('POST', invoices, {
        ...auth,
        body: { number: 'F-2', amountCents: 5_000, issuedOn: '2026-11-01', dueOn: '2026-12-02' },
      });
      const list = await client.request('GET', '/api/v1/late-invoices', auth);
      expect(list.body.items).toEqual([
        {
          accountId: account.id,
          companyName: 'Hôtel',
          invoiceId: late.body.id,
          number: 'F-1',
          amountCents: 80_000,
          daysLate: 16,
          key: `late-invoice:${late.body.id}`,
          contactIds: [nadia.id],
        },
      ]);
    });
  },
);
