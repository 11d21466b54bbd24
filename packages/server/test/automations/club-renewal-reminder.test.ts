import { expect, it } from 'vitest';
import { describeEachBackend } from '../support/backends.ts';
import { buildCustomer } from '../support/loyalty-factories.ts';
import { automationShop } from './automation-fixtures.ts';

const CLUB = {
  name: 'Club des lecteurs',
  period: 'monthly',
  feeCents: 1_500,
  discountPercent: 10,
  perks: [],
  graceDays: 7,
  reminderDays: 5,
};

describeEachBackend('automations: the club renewal reminder, with the clock moving', (database) => {
  it('reminds a member once, the reminder days before the renewal, and not who has no address', async () => {
    // Thursday 1 October, 11:00 in Paris.
    const shop = await automationShop(database, '2026-10-01T09:00:00Z');
    expect(
      (await shop.client.request('PUT', '/api/v1/club', { ...shop.auth, body: CLUB })).status,
    ).toBe(200);
    await shop.enable('club-renewal');
    const lea = await buildCustomer(shop.client, shop.auth, {
      firstName: 'Léa',
      email: 'lea@example.fr',
    });
    const sans = await buildCustomer(shop.client, shop.auth, { firstName: 'Sans', email: null });
    for (const c of [lea, sans]) {
      const paid = await shop.client.request('POST', `/api/v1/customers/${c.id}/club/payments`, {
        ...shop.auth,
        body: { method: 'cash' },
      });
      expect(paid.status, JSON.stringify(paid.body)).toBe(201);
      expect(paid.body.membership.renewsOn).toBe('2026-11-01');
    }
    await shop.runner.runDue();
    // 09:00 in Paris (after the change to winter time) on 26 October: six days before.
    shop.clock.set('2026-10-26T08:00:30Z');
    await shop.runner.runDue();
    expect(await shop.outbox()).toEqual([]);
    for (const day of ['27', '28', '29']) {
      shop.clock.set(`2026-10-${day}T08:00:30Z`);
      await shop.runner.runDue();
    }
    const outbox = await shop.outbox();
    expect(outbox).toEqual([
      expect.objectContaining({
        to_address: 'lea@example.fr',
        kind: 'transactional',
        category: 'automation:club-renewal',
      }),
    ]);
    expect(outbox[0]?.text_body).toContain('Club des lecteurs');
    expect(outbox[0]?.text_body).toContain('15,00');
    expect(await shop.sends('club-renewal')).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          customer_id: lea.id,
          occasion_key: 'renewal:2026-11-01',
          status: 'queued',
        }),
        expect.objectContaining({
          customer_id: sans.id,
          status: 'skipped',
          skip_reason: 'no_address',
        }),
      ]),
    );
  });
});
