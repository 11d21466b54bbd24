import { expect, it } from 'vitest';
import { asSystem, enterMerchant } from '../../../src/db/tenant.ts';
import { seedDemoAcquisition } from '../../../src/demo/seed-demo-acquisition.ts';
import { describeEachBackend } from '../../support/backends.ts';
import { buildCustomer, purchase } from '../../support/loyalty-factories.ts';
import { signUpOwner, testClient, testServices } from '../../support/test-app.ts';

const NOW = new Date('2026-12-06T09:00:00Z');

describeEachBackend('the demo shop’s acquisition and receipts', (database) => {
  it('gives the bakery its answers, two years of budgets and itemised receipts', async () => {
    const api = testClient(testServices(database(), { now: () => NOW }));
    const owner = await signUpOwner(api);
    const auth = { cookie: owner.cookie };
    for (let n = 0; n < 6; n += 1) {
      const customer = await buildCustomer(api, auth, { firstName: `Client ${n}` });
      for (const day of ['2026-09-01', '2026-10-01', '2026-11-01']) {
        await purchase(api, auth, {
          customerId: customer.id,
          amountCents: 450,
          occurredAt: `${day}T08:00:00Z`,
        });
      }
    }
    await asSystem(database().db, async (tx) => {
      await enterMerchant(tx, owner.merchant.id);
      await seedDemoAcquisition(tx, owner.merchant.id, { seed: 7, end: NOW });
    });
    const channels = await api.request('GET', '/api/v1/acquisition/channels', auth);
    expect(channels.body.items.map((c: { label: string }) => c.label)).toEqual([
      'Passage devant la boutique',
      'Bouche-à-oreille',
      'Instagram',
      'Flyer dans le quartier',
    ]);
    const report = await api.request('GET', '/api/v1/acquisition?months=12', auth);
    expect(report.status, JSON.stringify(report.body)).toBe(200);
    // Instagram 60 € a month, the flyer 180 € in March, April, September and October; loyalty 90 €.
    expect(report.body.total).toMatchObject({
      developmentCents: 12 * 6_000 + 4 * 18_000,
      loyaltyCents: 12 * 9_000,
    });
    // Every receipt has its items, the bread first.
    const { rows } = await asSystem(database().db, (tx) =>
      tx
        .selectFrom('purchases')
        .select('items')
        .where('merchant_id', '=', owner.merchant.id)
        .execute()
        .then((r) => ({ rows: r })),
    );
    expect(rows).toHaveLength(18);
    for (const r of rows) expect((r.items as { sku: string }[])[0]?.sku).toBe('BAG-TRAD');
  });
});
