import { expect, it } from 'vitest';
import { describeEachBackend } from '../../support/backends.ts';
import { buildCustomer, purchase } from '../../support/loyalty-factories.ts';
import { statementLog } from '../../support/statement-log.ts';
import { signUpOwner, testClient, testServices } from '../../support/test-app.ts';
import { line } from './salon-receipts.ts';

const log = statementLog();

const NOW = new Date('2026-12-06T10:00:00Z');
const COUPE = line('COUPE', 'Coupe');
const SOIN = line('SOIN', 'Soin capillaire');
const BRUSHING = line('BRUSH', 'Brushing');

describeEachBackend(
  "the customer page's cross-sell suggestions: one transaction",
  (database) => {
    it('reads the customer, their receipts, the data version and the stored rules together', async () => {
      const client = testClient(testServices(database(), { now: () => NOW }));
      const owner = await signUpOwner(client);
      const auth = { cookie: owner.cookie };
      const visit = async (customerId: string, day: string, items: object[]) => {
        const r = await purchase(client, auth, {
          customerId,
          amountCents: 2_000,
          occurredAt: `${day}T10:00:00Z`,
          items,
        });
        expect(r.status, JSON.stringify(r.body)).toBe(201);
      };
      // Three had a cut then a hair care, Dora a cut only, two a blow-dry: "SOIN" for Dora.
      const [a, b, c, dora, e, f] = await Promise.all(
        ['Anne', 'Bea', 'Cleo', 'Dora', 'Emma', 'Fanny'].map((firstName) =>
          buildCustomer(client, auth, { firstName, email: `${firstName}@example.test` }),
        ),
      );
      for (const x of [a, b, c]) {
        await visit(x.id, '2026-09-01', [COUPE]);
        await visit(x.id, '2026-10-01', [SOIN]);
      }
      await visit(dora.id, '2026-09-15', [COUPE]);
      for (const x of [e, f]) await visit(x.id, '2026-09-15', [BRUSHING]);
      const page = () => client.request('GET', `/api/v1/cross-sell/customers/${dora.id}`, auth);
      // The first page mines the shop's rules and stores them; later pages read them stored.
      expect((await page()).body.items.map((s: { item: string }) => s.item)).toEqual(['SOIN']);

      let body: { items?: { item: string }[] } = {};
      const sent = await log.count(async () => {
        ({ body } = await page());
      });
      expect(body.items?.map((s) => s.item)).toEqual(['SOIN']);
      const texts = sent.statements.map((s) => s.text.slice(0, 120)).join('\n');
      // One BEGIN … COMMIT for the page's reads; the session's lookup before it is its own.
      const begins = sent.statements.filter((s) => /^begin\b/i.test(s.text));
      expect(begins.length, texts).toBe(1);
      expect(sent.transactions, texts).toBe(2);
    });
  },
  { Client: log.Client },
);
