import { beforeAll, expect, it } from 'vitest';
import { DEMO_PROMO_CODE } from '../../src/demo/seed-demo-ladder-and-promo.ts';
import { DEMO, seedDemoShop } from '../../src/demo/seed-demo-shop.ts';
import { describeEachBackend } from '../support/backends.ts';
import { sessionCookie, testClient, testServices } from '../support/test-app.ts';

const NOW = new Date('2026-11-22T09:00:00Z');

describeEachBackend(
  'the demo shop shows every kind of program, and reaches nobody real',
  (database) => {
    // One demo shop per database (its address is fixed): both tests read it.
    beforeAll(async () => {
      await seedDemoShop(database().db, { seed: 1, now: NOW });
    });

    it('has a ladder with the inner circle by seniority and a promo code the till accepts', async () => {
      const api = testClient(testServices(database(), { now: () => NOW }));
      const login = await api.request('POST', '/api/v1/auth/login', { body: DEMO.owner });
      const cookie = sessionCookie(login.headers);

      const ladder = await api.request('GET', '/api/v1/tier-ladder', { cookie });
      expect(ladder.status, JSON.stringify(ladder.body)).toBe(200);
      const levels = ladder.body.ladder.levels;
      expect(levels.map((l: { name: string }) => l.name)).toEqual([
        'Voisin',
        'Habitué',
        'Cercle rapproché',
      ]);
      expect(levels[2].criteria).toMatchObject({ seniorityMonths: 24 });

      const codes = await api.request('GET', '/api/v1/promo-codes', { cookie });
      expect(JSON.stringify(codes.body)).toContain(DEMO_PROMO_CODE);
      const customers = await api.request('GET', '/api/v1/customers?limit=1', { cookie });
      const quote = await api.request('POST', '/api/v1/purchases/quote', {
        cookie,
        body: { customerId: customers.body.items[0].id, amountCents: 2_000, promoCode: 'lilas10' },
      });
      expect(quote.status, JSON.stringify(quote.body)).toBe(200);
      expect(quote.body.discounts).toContainEqual(
        expect.objectContaining({ kind: 'promo_code', amountCents: expect.any(Number) }),
      );
      expect(quote.body.amountDueCents).toBeLessThan(2_000);
    });

    it("gives its business accounts' contacts the trade discount of the step they reached", async () => {
      const api = testClient(testServices(database(), { now: () => NOW }));
      const login = await api.request('POST', '/api/v1/auth/login', { body: DEMO.owner });
      const cookie = sessionCookie(login.headers);
      const steps = await api.request('GET', '/api/v1/b2b-thresholds', { cookie });
      expect(steps.body.steps.length).toBeGreaterThan(0);
      const accounts = await api.request('GET', '/api/v1/b2b-accounts', { cookie });
      const hotel = accounts.body.items.find((a: { companyName: string }) =>
        a.companyName.startsWith('Hôtel des Lilas'),
      );
      const account = await api.request('GET', `/api/v1/b2b-accounts/${hotel.id}`, { cookie });
      const contactId = account.body.contacts[0].customerId;
      const quote = await api.request('POST', '/api/v1/purchases/quote', {
        cookie,
        body: { customerId: contactId, amountCents: 10_000 },
      });
      expect(quote.status, JSON.stringify(quote.body)).toBe(200);
      expect(quote.body.discounts).toContainEqual(
        expect.objectContaining({ kind: 'b2b_threshold', label: hotel.companyName }),
      );
    });

    it('gives its customers reserved addresses and numbers set aside for fiction', async () => {
      const rows = await database().db.selectFrom('customers').select(['email', 'phone']).execute();
      const emails = rows.flatMap((r) => (r.email ? [r.email] : []));
      const phones = rows.flatMap((r) => (r.phone ? [r.phone] : []));
      expect(emails.length).toBeGreaterThan(100);
      expect(phones.length).toBeGreaterThan(100);
      for (const email of emails) expect(email).toMatch(/@(example\.org|[a-z0-9.-]+\.test)$/);
      for (const phone of phones) expect(phone.replace(/\D/g, '')).toMatch(/^(33|0)63998\d{4}$/);
      // One number per customer: the demo must not look full of duplicates.
      expect(new Set(phones).size).toBe(phones.length);
    });
  },
);
