import { expect, it } from 'vitest';
import { describeEachBackend } from '../../support/backends.ts';
import { buildCustomer, purchase } from '../../support/loyalty-factories.ts';
import { signUpOwner, testClient, testServices } from '../../support/test-app.ts';
import { signInStaff } from '../customers/portrait-support.ts';
import { line } from './salon-receipts.ts';

const NOW = new Date('2026-12-06T10:00:00Z');

const COUPE = line('COUPE', 'Coupe');
const SOIN = line('SOIN', 'Soin capillaire');
const BRUSHING = line('BRUSH', 'Brushing');

describeEachBackend(
  'cross-sell: what to offer next, on the customer page and as a segment',
  (database) => {
    it('learns "a cut, then a hair care" from receipts and offers it to who has only had the cut', async () => {
      const client = testClient(testServices(database(), { now: () => NOW }));
      const owner = await signUpOwner(client);
      const auth = { cookie: owner.cookie };
      const visit = async (customerId: string, day: string, items: object[]) => {
        const r = await purchase(client, auth, {
          customerId,
          amountCents: 2_000 * items.length,
          occurredAt: `${day}T10:00:00Z`,
          items,
        });
        expect(r.status, JSON.stringify(r.body)).toBe(201);
        return r.body;
      };
      const customer = (firstName: string) =>
        buildCustomer(client, auth, {
          firstName,
          email: `${firstName.toLowerCase()}@example.test`,
        });
      // a, b, c: a cut, then a hair care; d: a cut only; e, f: a blow-dry.
      // 6 customers; 4 had a cut, 3 then a hair care: confidence 3/4, lift (3/4) ÷ (3/6) = 1.5.
      const [a, b, c, d, e, f] = await Promise.all(
        ['Anne', 'Bea', 'Cleo', 'Dora', 'Emma', 'Fanny'].map(customer),
      );
      for (const x of [a, b, c]) {
        await visit(x.id, '2026-09-01', [COUPE]);
        await visit(x.id, '2026-10-01', [SOIN]);
      }
      await visit(d.id, '2026-09-15', [COUPE]);
      await visit(e.id, '2026-09-15', [BRUSHING]);
      await visit(f.id, '2026-09-15', [BRUSHING]);

      const rules = await client.request('GET', '/api/v1/cross-sell/rules', auth);
      expect(rules.status, JSON.stringify(rules.body)).toBe(200);
      expect(rules.body).toEqual({
        customersWithItems: 6,
        rules: [
          {
            antecedent: 'COUPE',
            antecedentName: 'Coupe',
            consequent: 'SOIN',
            consequentName: 'Soin capillaire',
            customers: 3,
            support: 3 / 6,
            confidence: 3 / 4,
            lift: 3 / 4 / (3 / 6),
          },
        ],
      });
      const offered = await client.request('GET', `/api/v1/cross-sell/customers/${d.id}`, auth);
      expect(offered.body).toEqual({
        items: [
          {
            item: 'SOIN',
            name: 'Soin capillaire',
            because: 'COUPE',
            becauseName: 'Coupe',
            customers: 3,
            confidence: 3 / 4,
            lift: 1.5,
          },
        ],
      });
      // Nothing to offer who already had it, nor who had nothing that leads to it.
      expect(
        (await client.request('GET', `/api/v1/cross-sell/customers/${a.id}`, auth)).body.items,
      ).toEqual([]);
      expect(
        (await client.request('GET', `/api/v1/cross-sell/customers/${e.id}`, auth)).body.items,
      ).toEqual([]);

      // The campaign segment reaches Dora alone.
      const preview = await client.request('POST', '/api/v1/campaigns/preview', {
        ...auth,
        body: {
          channel: 'email',
          segment: { crossSellItem: 'SOIN' },
          subject: 'Un soin ?',
          body: 'Bonjour {{prenom}}',
        },
      });
      expect(preview.status, JSON.stringify(preview.body)).toBe(200);
      expect(preview.body.recipients).toBe(1);

      // A cut returned in full was no habit: with Dora's refunded, 3 of 3 cuts lead to the care.
      const last = await client.request('GET', `/api/v1/customers/${d.id}/purchases`, auth);
      const refund = await client.request(
        'POST',
        `/api/v1/purchases/${last.body.items[0].id}/refund`,
        {
          ...auth,
          body: { reason: 'annulé' },
        },
      );
      expect(refund.status, JSON.stringify(refund.body)).toBe(201);
      const after = await client.request('GET', '/api/v1/cross-sell/rules', auth);
      expect(after.body.rules[0]).toMatchObject({ confidence: 1, customers: 3 });
      expect(after.body.customersWithItems).toBe(5);

      // The counter sees "à proposer"; the shop-wide rules are analysis.
      const staff = await signInStaff(client, owner);
      expect(
        (
          await client.request('GET', `/api/v1/cross-sell/customers/${d.id}`, {
            cookie: staff.cookie,
          })
        ).status,
      ).toBe(200);
      expect(
        (await client.request('GET', '/api/v1/cross-sell/rules', { cookie: staff.cookie })).status,
      ).toBe(403);
    });
  },
);
