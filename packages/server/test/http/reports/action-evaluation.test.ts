import { expect, it } from 'vitest';
import { testClock } from '../../jobs/job-fixtures.ts';
import { describeEachBackend } from '../../support/backends.ts';
import { buildCustomer, purchase } from '../../support/loyalty-factories.ts';
import { signUpOwner, testClient, testServices } from '../../support/test-app.ts';

describeEachBackend('action evaluation and the monthly report', (database) => {
  it('counts new, loyal and referred customers month by month, and reports a month against the one before', async () => {
    const clock = testClock('2026-03-05T10:00:00Z');
    const client = testClient(testServices(database(), { now: clock.now }));
    const owner = await signUpOwner(client);
    const auth = { cookie: owner.cookie };
    const alice = await buildCustomer(client, auth, { firstName: 'Alice' });
    const bob = await buildCustomer(client, auth, { firstName: 'Bob', referredBy: alice.id });
    const carla = await buildCustomer(client, auth, { firstName: 'Carla' });
    const buy = async (customerId: string, day: string, amountCents: number) =>
      expect(
        (
          await purchase(client, auth, {
            customerId,
            amountCents,
            occurredAt: `${day}T11:00:00+01:00`,
          })
        ).status,
      ).toBe(201);
    await buy(alice.id, '2026-01-15', 1_000);
    await buy(alice.id, '2026-02-10', 2_000);
    await buy(bob.id, '2026-02-12', 4_000);
    await buy(bob.id, '2026-02-20', 2_000);
    await buy(alice.id, '2026-03-02', 3_000);
    await buy(carla.id, '2026-03-04', 5_000);

    const res = await client.request('GET', '/api/v1/analytics/action-evaluation?months=3', auth);
    expect(res.status).toBe(200);
    expect(res.body.currentMonth).toBe('2026-03');
    expect(res.body.months).toEqual([
      {
        month: '2026-01',
        activeCustomers: 1,
        newCustomers: 1,
        loyalCustomers: 0,
        purchases: 1,
        revenueCents: 1_000,
        averageBasketCents: 1_000,
        revenuePerCustomerCents: 1_000,
        referredCustomers: 0,
        referredNewCustomers: 0,
      },
      {
        month: '2026-02',
        activeCustomers: 2,
        newCustomers: 1,
        loyalCustomers: 0,
        purchases: 3,
        revenueCents: 8_000,
        averageBasketCents: 2_667,
        revenuePerCustomerCents: 4_000,
        referredCustomers: 0,
        // Bob was referred by Alice (the referral is recorded on the day he signed up, in March).
        referredNewCustomers: 1,
      },
      {
        month: '2026-03',
        activeCustomers: 2,
        newCustomers: 1,
        // Alice bought in January, February and March.
        loyalCustomers: 1,
        purchases: 2,
        revenueCents: 8_000,
        averageBasketCents: 4_000,
        revenuePerCustomerCents: 4_000,
        referredCustomers: 1,
        referredNewCustomers: 0,
      },
    ]);

    // The report of the last finished month: February, against January.
    const report = await client.request('GET', '/api/v1/reports/monthly', auth);
    expect(report.status).toBe(200);
    expect(report.body).toMatchObject({
      month: '2026-02',
      complete: true,
      current: res.body.months[1],
      previous: res.body.months[0],
      goals: [],
      shop: { locale: 'fr', currency: 'EUR' },
    });
    const march = await client.request('GET', '/api/v1/reports/monthly?month=2026-03', auth);
    expect(march.body).toMatchObject({ month: '2026-03', complete: false });
    const bad = await client.request('GET', '/api/v1/reports/monthly?month=2026-13', auth);
    expect(bad.status).toBe(422);
  });
});
