import { expect, it } from 'vitest';
import { describeEachBackend } from '../../support/backends.ts';
import { signUpOwner, testClient, testServices } from '../../support/test-app.ts';
import { NOW, signInStaff, smallShop } from './analytics-support.ts';

describeEachBackend('analytics: customer values', (database) => {
  const client = () => testClient(testServices(database(), { now: () => NOW }));

  it('lists customers with hand-checked spend, RFM segments and no model on three customers', async () => {
    const api = client();
    const shop = await smallShop(api);
    const r = await api.request('GET', '/api/v1/analytics/customers?sort=value', shop.owner);
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body.total).toBe(3);
    const [anna, chloe, bruno] = r.body.items;
    expect([anna.firstName, chloe.firstName, bruno.firstName]).toEqual(['Anna', 'Chloé', 'Bruno']);
    expect(anna).toMatchObject({
      member: true,
      purchases: 3,
      frequency: 2,
      totalSpendCents: 6000,
      annualSpendCents: 6000,
      averageBasketCents: 2000,
      firstVisit: '2025-12-10',
      lastVisit: '2026-10-01',
      daysSinceLastVisit: 52,
    });
    expect(bruno).toMatchObject({ member: false, totalSpendCents: 2000, annualSpendCents: 1500 });
    // R: Bruno 1, Anna 3, Chloé 5; F (days): Chloé 1, Bruno 3, Anna 5; M: Bruno 1, Chloé 3, Anna 5.
    expect(anna.rfm).toMatchObject({ recency: 3, frequency: 5, monetary: 5, segment: 'loyal' });
    expect(bruno.rfm).toMatchObject({
      recency: 1,
      frequency: 3,
      monetary: 1,
      segment: 'hibernating',
    });
    expect(chloe.rfm).toMatchObject({
      recency: 5,
      frequency: 1,
      monetary: 3,
      segment: 'potentialLoyalist',
      label: { fr: 'Fidèles potentiels', en: 'Potential loyalist' },
    });
    // Three customers are far too few for a model: predictions stay empty, never invented.
    expect(anna).toMatchObject({ pAlive: null, risk: null, predictedClvCents: null });
    expect(r.body.freshness.computedAt).toBe(NOW.toISOString());
  });

  it('filters by segment, text and tag, sorts and paginates', async () => {
    const api = client();
    const shop = await smallShop(api);
    const get = async (q: string) =>
      (await api.request('GET', `/api/v1/analytics/customers?${q}`, shop.owner)).body;
    expect((await get('segment=loyal')).items.map((c: { id: string }) => c.id)).toEqual([
      shop.anna.id,
    ]);
    expect((await get('query=roux')).items.map((c: { id: string }) => c.id)).toEqual([
      shop.bruno.id,
    ]);
    const byVisit = await get('sort=lastVisit&order=asc&limit=2&offset=1');
    expect(byVisit.total).toBe(3);
    expect(byVisit.items.map((c: { firstName: string }) => c.firstName)).toEqual(['Anna', 'Chloé']);
    const frequent = await get('sort=frequency&limit=1');
    expect(frequent.items[0].firstName).toBe('Anna');
    await api.services.db
      .insertInto('customer_tags')
      .values({ merchant_id: shop.owner.merchant.id, customer_id: shop.chloe.id, tag: 'voisine' })
      .execute();
    expect((await get('tag=voisine')).items.map((c: { id: string }) => c.id)).toEqual([
      shop.chloe.id,
    ]);
    expect((await get('tag=absent')).total).toBe(0);
  });

  it('sorts by value on the 12-month spending the list shows, not on lifetime revenue', async () => {
    const api = client();
    const shop = await smallShop(api);
    // Bruno's old purchase makes him the biggest spender ever, but not of the last 12 months.
    await shop.buy(shop.bruno.id, '2024-01-15', 5000);
    const r = await api.request('GET', '/api/v1/analytics/customers?sort=value', shop.owner);
    const rows = r.body.items as {
      firstName: string;
      annualSpendCents: number;
      totalSpendCents: number;
    }[];
    expect(rows.map((c) => c.firstName)).toEqual(['Anna', 'Chloé', 'Bruno']);
    expect(rows.map((c) => c.annualSpendCents)).toEqual([6000, 4000, 1500]);
    expect(rows[2]!.totalSpendCents).toBe(7000);
    const ascending = await api.request(
      'GET',
      '/api/v1/analytics/customers?sort=value&order=asc',
      shop.owner,
    );
    expect(ascending.body.items.map((c: { firstName: string }) => c.firstName)).toEqual([
      'Bruno',
      'Chloé',
      'Anna',
    ]);
  });

  it('recomputes after a new purchase, and says when the figures were computed', async () => {
    const api = client();
    const shop = await smallShop(api);
    const before = await api.request(
      'GET',
      `/api/v1/analytics/customers/${shop.bruno.id}`,
      shop.owner,
    );
    expect(before.body.customer.totalSpendCents).toBe(2000);
    await shop.buy(shop.bruno.id, '2026-11-20', 700);
    const after = await api.request(
      'GET',
      `/api/v1/analytics/customers/${shop.bruno.id}`,
      shop.owner,
    );
    expect(after.body.customer).toMatchObject({
      totalSpendCents: 2700,
      purchases: 3,
      lastVisit: '2026-11-20',
    });
    expect(after.body.freshness.dataAsOf).not.toBeNull();
  });

  it("another merchant's customer is not found; staff may not read customer values", async () => {
    const api = client();
    const shop = await smallShop(api);
    const other = await signUpOwner(api);
    const foreign = await api.request('GET', `/api/v1/analytics/customers/${shop.anna.id}`, other);
    expect(foreign.status).toBe(404);
    expect(foreign.body.code).toBe('not_found');
    const list = await api.request('GET', '/api/v1/analytics/customers', other);
    expect(list.body.total).toBe(0);
    const staff = await signInStaff(api, shop.owner);
    // Spending totals, lifetime value and scores are for managers and owners (docs/roles.md).
    const own = await api.request('GET', `/api/v1/analytics/customers/${shop.anna.id}`, staff);
    expect([own.status, own.body.code]).toEqual([403, 'forbidden']);
  });
});
