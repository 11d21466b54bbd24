import { expect, it } from 'vitest';
import { DEMO, seedDemoShop } from '../../src/demo/seed-demo-shop.ts';
import { describeEachBackend } from '../support/backends.ts';
import { sessionCookie, testClient, testServices } from '../support/test-app.ts';

const NOW = new Date('2026-11-22T09:00:00Z');

describeEachBackend('the demo shop’s bonuses', (database) => {
  it('has birthday and referral bonuses on, and every customer a code to share', async () => {
    await seedDemoShop(database().db, { seed: 1, now: NOW });
    const api = testClient(testServices(database(), { now: () => NOW }));
    const login = await api.request('POST', '/api/v1/auth/login', { body: DEMO.owner });
    const cookie = sessionCookie(login.headers);
    const settings = await api.request('GET', '/api/v1/bonus-settings', { cookie });
    expect(settings.body.birthday).toMatchObject({ windowDays: 7 });
    expect(settings.body.referral).toMatchObject({ referrerAmount: 2, refereeAmount: 1 });
    const customers = await api.request('GET', '/api/v1/customers?limit=1', { cookie });
    const [first] = customers.body.items;
    const card = await api.request('GET', `/api/v1/customers/${first.id}/card`, { cookie });
    expect(card.body.referral.code).toMatch(/^[A-HJ-NP-Z2-9]{8}$/);
  });
});
