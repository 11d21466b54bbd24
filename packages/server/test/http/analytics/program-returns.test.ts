import { expect, it } from 'vitest';
import { describeEachBackend } from '../../support/backends.ts';
import { testClient, testServices } from '../../support/test-app.ts';
import { NOW, signInStaff, smallShop } from './analytics-support.ts';

describeEachBackend('analytics: does the program pay', (database) => {
  const client = () => testClient(testServices(database(), { now: () => NOW }));

  it('compares members with non-members over the last year and rolls up the control groups (none yet)', async () => {
    const api = client();
    const shop = await smallShop(api);
    const r = await api.request('GET', '/api/v1/analytics/program-returns', shop.owner);
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body.period).toEqual({ from: '2025-11-23', to: '2026-11-22' });
    // The members joined when the shop was set up (today): nobody was a member all year long.
    expect(r.body.members.members).toBe(0);
    expect(r.body.members.incrementalMarginCents).toBeNull();
    expect(r.body.members.rewardCostCents).toBe(0);
    expect(r.body.members.roi).toBeNull();
    expect(r.body.members.limitations).toContain('selfSelection');
    expect(r.body.actions).toEqual([]);
    expect(r.body.rolledUp).toBeNull();
    expect(r.body.marginRate).toBe(0.3);
  });

  it('is for owners and managers: the staff are refused', async () => {
    const api = client();
    const shop = await smallShop(api);
    const staff = await signInStaff(api, shop.owner);
    const r = await api.request('GET', '/api/v1/analytics/program-returns', staff);
    expect(r.status).toBe(403);
  });
});
