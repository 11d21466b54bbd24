import { expect, it } from 'vitest';
import { describeEachBackend } from '../../support/backends.ts';
import { testClient, testServices } from '../../support/test-app.ts';
import { NOW, signInStaff, smallShop } from './analytics-support.ts';

describeEachBackend('analytics: overview', (database) => {
  const client = () => testClient(testServices(database(), { now: () => NOW }));

  it('matches the figures computed by hand on three customers', async () => {
    const api = client();
    const shop = await smallShop(api);
    const r = await api.request('GET', '/api/v1/analytics/overview', shop.owner);
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    const o = r.body;
    // Default period: the last 12 months, compared with the 12 before.
    expect(o.period).toMatchObject({
      from: '2025-11-23',
      to: '2026-11-22',
      days: 365,
      previousFrom: '2024-11-23',
      previousTo: '2025-11-22',
    });
    expect(o.customers).toMatchObject({ total: 3, members: 2, activeInPeriod: 3 });
    // S = Bruno (bought in the previous 12 months), E = all three, N = Anna and Chloé (new).
    expect(o.retention).toMatchObject({
      atStart: 1,
      atEnd: 3,
      newDuringPeriod: 2,
      retained: 1,
      lost: 0,
      crrPercent: 100,
      churnPercent: 0,
      formula: 'CRR = ((E − N) / S) × 100',
    });
    // 5 purchases, 115 € by 3 customers.
    expect(o.activity.current).toMatchObject({
      customers: 3,
      purchases: 5,
      revenueCents: 11_500,
      averageOrderValueCents: 2300,
    });
    expect(o.activity.current.purchasesPerCustomer).toBeCloseTo(5 / 3, 10);
    expect(o.activity.previous).toMatchObject({ customers: 1, purchases: 1, revenueCents: 500 });
    expect(o.membersVsNonMembers.members).toMatchObject({
      customers: 2,
      purchases: 4,
      averageOrderValueCents: 2500,
      purchasesPerCustomer: 2,
    });
    expect(o.membersVsNonMembers.nonMembers).toMatchObject({
      customers: 1,
      purchases: 1,
      averageOrderValueCents: 1500,
    });
    // Nobody was lost over the year: the relationship length is unknown, so no simple CLV.
    expect(o.simpleClv).toMatchObject({ clvCents: null, annualChurnPercent: 0 });
    // Three customers: no model is fitted, and the dashboard says why.
    expect(o.predictiveClv.averageCents).toBeNull();
    expect(o.predictiveClv.models.chosen).toBeNull();
    expect(o.predictiveClv.models.bgNbd).toMatchObject({
      status: 'failed',
      reason: 'too-few-customers',
    });
    // Pareto on 15 €, 40 €, 60 €: the top 20 % (0.6 of a customer) bring 36 € of 115 €.
    expect(o.pareto.customers).toBe(3);
    expect(o.pareto.top20Share).toBeCloseTo(3600 / 11_500, 10);
    expect(o.pareto.lorenz).toHaveLength(21);
    const trend = Object.fromEntries(
      o.revenueTrend.months.map((m: { month: string; revenueCents: number }) => [
        m.month,
        m.revenueCents,
      ]),
    );
    expect(o.revenueTrend.months).toHaveLength(24);
    expect(o.revenueTrend.months[0].month).toBe('2024-12');
    expect(trend).toMatchObject({
      '2025-06': 500,
      '2025-12': 1000,
      '2026-03': 2000,
      '2026-10': 3000,
      '2026-11': 4000,
    });
    const segments = Object.fromEntries(
      o.segments.items.map((s: { segment: string; customers: number }) => [s.segment, s.customers]),
    );
    expect(segments).toMatchObject({
      loyal: 1,
      hibernating: 1,
      potentialLoyalist: 1,
      champions: 0,
    });
    // Without a model, "slipping away" falls back on the RFM segments at risk: none here.
    expect(o.slippingAway).toMatchObject({ basis: 'rfm', total: 0 });
  });

  it('takes a chosen period and refuses one that ends before it starts', async () => {
    const api = client();
    const shop = await smallShop(api);
    const r = await api.request(
      'GET',
      '/api/v1/analytics/overview?from=2026-06-01&to=2026-11-22',
      shop.owner,
    );
    expect(r.body.activity.current).toMatchObject({
      customers: 3,
      purchases: 3,
      revenueCents: 8500,
    });
    const bad = await api.request(
      'GET',
      '/api/v1/analytics/overview?from=2026-06-01&to=2026-01-01',
      shop.owner,
    );
    expect(bad.status).toBe(422);
  });

  it('is for owners and managers: staff are refused', async () => {
    const api = client();
    const shop = await smallShop(api);
    const staff = await signInStaff(api, shop.owner);
    const r = await api.request('GET', '/api/v1/analytics/overview', staff);
    expect(r.status).toBe(403);
  });
});
