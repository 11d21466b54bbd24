import { expect, it } from 'vitest';
import { describeEachBackend } from '../../support/backends.ts';
import { testClient, testServices } from '../../support/test-app.ts';
import { NOW, signInStaff, smallShop } from './analytics-support.ts';

describeEachBackend('analytics: the shop sets its margin and discount rate', (database) => {
  const client = () => testClient(testServices(database(), { now: () => NOW }));

  it('defaults until set; once set, the figures are recomputed with them at once', async () => {
    const api = client();
    const shop = await smallShop(api);
    const initial = await api.request('GET', '/api/v1/value-settings', shop.owner);
    expect(initial.status).toBe(200);
    // 1 % a month compounds to 12.68 % a year.
    expect(initial.body).toEqual({
      marginRateBp: null,
      annualDiscountRateBp: null,
      defaults: { marginRateBp: 3000, annualDiscountRateBp: 1268 },
    });
    const before = await api.request('GET', '/api/v1/analytics/overview', shop.owner);
    expect(before.body.settings).toMatchObject({ marginRate: 0.3, monthlyDiscountRate: 0.01 });

    const saved = await api.request('PUT', '/api/v1/value-settings', {
      ...shop.owner,
      body: { marginRateBp: 6000, annualDiscountRateBp: 1000 },
    });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect(saved.body).toMatchObject({ marginRateBp: 6000, annualDiscountRateBp: 1000 });
    // Same data, same minute: the cached figures were computed with the old rates.
    const after = await api.request('GET', '/api/v1/analytics/overview', shop.owner);
    expect(after.body.settings.marginRate).toBe(0.6);
    // (1 + m)^12 = 1.10
    expect((1 + after.body.settings.monthlyDiscountRate) ** 12).toBeCloseTo(1.1, 12);
    expect(after.body.predictiveClv).toMatchObject({ marginRate: 0.6 });

    const back = await api.request('PUT', '/api/v1/value-settings', {
      ...shop.owner,
      body: { marginRateBp: null, annualDiscountRateBp: null },
    });
    expect(back.status).toBe(200);
    const reset = await api.request('GET', '/api/v1/analytics/overview', shop.owner);
    expect(reset.body.settings).toMatchObject({ marginRate: 0.3, monthlyDiscountRate: 0.01 });
  });

  it('refuses a rate outside 0–100 % with the field, and staff may not change them', async () => {
    const api = client();
    const shop = await smallShop(api);
    const wrong = await api.request('PUT', '/api/v1/value-settings', {
      ...shop.owner,
      body: { marginRateBp: 10_001, annualDiscountRateBp: -1 },
    });
    expect(wrong.status).toBe(422);
    expect(wrong.body.errors.map((f: { field: string }) => f.field).sort()).toEqual([
      'annualDiscountRateBp',
      'marginRateBp',
    ]);
    const staff = await signInStaff(api, shop.owner);
    const byStaff = await api.request('PUT', '/api/v1/value-settings', {
      ...staff,
      body: { marginRateBp: 5000, annualDiscountRateBp: null },
    });
    expect(byStaff.status).toBe(403);
    expect((await api.request('GET', '/api/v1/value-settings', staff)).status).toBe(403);
  });
});
