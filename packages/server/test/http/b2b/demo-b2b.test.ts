import { checkCompanyNumber } from '@habitue/analytics';
import { expect, it } from 'vitest';
import { asSystem, enterMerchant } from '../../../src/db/tenant.ts';
import { seedDemoB2b } from '../../../src/demo/seed-demo-b2b.ts';
import { describeEachBackend } from '../../support/backends.ts';
import { buildCustomer, purchase } from '../../support/loyalty-factories.ts';
import { signUpOwner, testClient, testServices } from '../../support/test-app.ts';

const NOW = new Date('2026-11-22T09:00:00Z');

describeEachBackend('the demo shop’s business accounts', (database) => {
  it('gives the two biggest buyers a late-paying hotel and an on-time café, with checked SIRETs', async () => {
    const api = testClient(testServices(database(), { now: () => NOW }));
    const owner = await signUpOwner(api);
    const cookie = owner.cookie;
    for (const [firstName, amountCents] of [
      ['Grand', 90_000],
      ['Moyen', 50_000],
      ['Petit', 900],
    ] as const) {
      const customer = await buildCustomer(api, { cookie }, { firstName });
      await purchase(
        api,
        { cookie },
        { customerId: customer.id, amountCents, occurredAt: '2026-10-01T10:00:00Z' },
      );
    }
    await asSystem(database().db, async (tx) => {
      await enterMerchant(tx, owner.merchant.id);
      await seedDemoB2b(tx, owner.merchant.id, NOW);
    });
    const list = await api.request('GET', '/api/v1/b2b-accounts', { cookie });
    expect(list.body.items).toHaveLength(2);
    for (const account of list.body.items) {
      expect(checkCompanyNumber(account.siret)).toMatchObject({ valid: true, kind: 'siret' });
      expect(account.contactCount).toBe(1);
    }
    const [cafe, hotel] = list.body.items;
    const figures = (id: string) =>
      api.request('GET', `/api/v1/b2b-accounts/${id}/figures`, { cookie }).then((r) => r.body);
    expect((await figures(hotel.id)).payment).toMatchObject({
      invoices: 12,
      late: 12,
      overdueInvoices: 1,
    });
    expect((await figures(cafe.id)).payment).toMatchObject({
      invoices: 12,
      late: 0,
      overdueInvoices: 0,
    });
    const hotelContacts = await api.request('GET', `/api/v1/b2b-accounts/${hotel.id}`, { cookie });
    expect(hotelContacts.body.contacts[0].firstName).toBe('Grand');
  });
});
