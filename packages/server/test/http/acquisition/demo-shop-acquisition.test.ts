import { expect, it } from 'vitest';
import { DEMO, seedDemoShop } from '../../../src/demo/seed-demo-shop.ts';
import { describeEachBackend } from '../../support/backends.ts';
import { sessionCookie, testClient, testServices } from '../../support/test-app.ts';

const NOW = new Date('2026-12-06T09:00:00Z');

describeEachBackend('acquisition and cross-sell on the demo shop', (database) => {
  it('costs the channels, pays them back and learns "a croissant, then a coffee"', async () => {
    await seedDemoShop(database().db, { seed: 1, now: NOW });
    const api = testClient(testServices(database(), { now: () => NOW }));
    const login = await api.request('POST', '/api/v1/auth/login', { body: DEMO.owner });
    const cookie = sessionCookie(login.headers);
    const report = await api.request('GET', '/api/v1/acquisition?months=24', { cookie });
    expect(report.status, JSON.stringify(report.body)).toBe(200);
    const instagram = report.body.channels.find((c: { label: string }) => c.label === 'Instagram');
    const row = report.body.byChannel.find((c: { channel: string }) => c.channel === instagram.key);
    expect(row.newCustomers).toBeGreaterThan(0);
    expect(row.costPerCustomerCents).toBe(Math.round(row.spendCents / row.newCustomers));
    expect(row.payback.curve.length).toBeGreaterThan(0);
    expect(report.body.capital.revenueCents).toBeGreaterThan(0);

    const rules = await api.request('GET', '/api/v1/cross-sell/rules', { cookie });
    expect(rules.status).toBe(200);
    expect(rules.body.rules).toContainEqual(
      expect.objectContaining({ antecedent: 'VIE-CROI', consequent: 'BOI-CAFE' }),
    );
    // Everyone buys bread: "bread, then a croissant" follows no more than chance.
    expect(rules.body.rules.some((r: { antecedent: string }) => r.antecedent === 'BAG-TRAD')).toBe(
      false,
    );
  });
});
