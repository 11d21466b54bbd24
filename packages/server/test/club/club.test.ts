import { expect, it } from 'vitest';
import { withMerchant } from '../../src/db/tenant.ts';
import { clubMemberDiscount } from '../../src/use-cases/club/club-member-discount.ts';
import { clubOffers } from '../../src/use-cases/club/club-offers.ts';
import { membershipsLapsing } from '../../src/use-cases/club/memberships-lapsing.ts';
import { signInMember } from '../http/team-members.ts';
import { testClock } from '../jobs/job-fixtures.ts';
import { describeEachBackend } from '../support/backends.ts';
import { buildCustomer, buildPointsProgram, purchase } from '../support/loyalty-factories.ts';
import { signUpOwner, testClient, testServices } from '../support/test-app.ts';

const CLUB = {
  name: 'Club des lecteurs',
  period: 'monthly',
  feeCents: 1_500,
  discountPercent: 10,
  perks: ['Invitations aux rencontres d’auteurs'],
  graceDays: 7,
  reminderDays: 5,
};

describeEachBackend('paid club', (database) => {
  async function shop(start: string) {
    const clock = testClock(start);
    const services = testServices(database(), { now: clock.now });
    // Months pass in these tests: sessions outlive them.
    const client = testClient({
      ...services,
      config: { ...services.config, sessionTtlHours: 24 * 400 },
    });
    const owner = await signUpOwner(client);
    const auth = { cookie: owner.cookie as string };
    return { clock, client, auth, merchantId: owner.merchant.id as string };
  }

  it('takes a fee at the counter once per Idempotency-Key, renews, lapses after grace', async () => {
    const { clock, client, auth, merchantId } = await shop('2026-10-01T09:00:00Z');
    const lea = await buildCustomer(client, auth, { firstName: 'Léa' });
    const pay = (key: string, who = auth) =>
      client.request('POST', `/api/v1/customers/${lea.id}/club/payments`, {
        ...who,
        headers: { 'idempotency-key': key },
        body: { method: 'cash' },
      });
    const before = await pay('fee-0');
    expect(before.status).toBe(409);
    expect(before.body.code).toBe('club_not_set_up');

    expect((await client.request('PUT', '/api/v1/club', { ...auth, body: CLUB })).status).toBe(200);
    const staff = await signInMember(client, auth, 'staff');
    const joined = await pay('fee-1', staff);
    expect(joined.status).toBe(201);
    expect(joined.body).toMatchObject({
      amountCents: 1500,
      method: 'cash',
      renewed: false,
      membership: {
        state: 'active',
        since: '2026-10-01',
        renewsOn: '2026-11-01',
        discountPercent: 10,
      },
    });
    // The same key again: the same answer, nothing more recorded.
    const retried = await pay('fee-1', staff);
    expect(retried.body.paymentId).toBe(joined.body.paymentId);
    const card = await client.request('GET', `/api/v1/customers/${lea.id}/club`, staff);
    expect(card.body.payments).toHaveLength(1);
    // Her access request lists the fee she paid.
    const data = await client.request('GET', `/api/v1/customers/${lea.id}/export`, auth);
    expect(data.body.clubEvents).toEqual([
      expect.objectContaining({ kind: 'payment', amountCents: 1500, method: 'cash' }),
    ]);

    // Paid late, within the grace days: renewed from the renewal date, not from the payment.
    clock.set('2026-11-04T09:00:00Z');
    const renewed = await pay('fee-2');
    expect(renewed.body).toMatchObject({ renewed: true, membership: { renewsOn: '2026-12-01' } });

    // The member discount the quote takes, and the reminder's list.
    const db = database().db;
    expect(
      await withMerchant(db, merchantId, (tx) =>
        clubMemberDiscount(tx, merchantId, lea.id, clock.now()),
      ),
    ).toEqual({
      percent: 10,
      label: 'Club des lecteurs',
    });
    const scope = {
      db,
      merchantId,
      actor: { type: 'system' as const, id: null },
      now: clock.now(),
    };
    expect(
      await withMerchant(db, merchantId, (tx) => clubOffers(tx, scope, { id: lea.id })),
    ).toEqual([{ kind: 'club', label: 'Club des lecteurs', percent: 10 }]);
    const reminded = (at: string) =>
      withMerchant(db, merchantId, (tx) => membershipsLapsing(tx, merchantId, new Date(at)));
    expect(await reminded('2026-11-20T09:00:00Z')).toEqual([]);
    expect((await reminded('2026-11-27T09:00:00Z')).map((m) => m.customerId)).toEqual([lea.id]);

    // Past the renewal date and the grace days: lapsed, no discount.
    clock.set('2026-12-08T09:00:01Z');
    const lapsed = await client.request('GET', `/api/v1/customers/${lea.id}/club`, auth);
    expect(lapsed.body.membership).toMatchObject({
      state: 'lapsed',
      isMember: false,
      discountPercent: 0,
    });
    expect(
      await withMerchant(db, merchantId, (tx) =>
        clubMemberDiscount(tx, merchantId, lea.id, clock.now()),
      ),
    ).toMatchObject({
      percent: 0,
    });
    const lapsedScope = {
      db,
      merchantId,
      actor: { type: 'system' as const, id: null },
      now: clock.now(),
    };
    expect(
      await withMerchant(db, merchantId, (tx) => clubOffers(tx, lapsedScope, { id: lea.id })),
    ).toEqual([]);
    const cancel = await client.request('POST', `/api/v1/customers/${lea.id}/club/cancel`, auth);
    expect(cancel.body.code).toBe('club_membership_not_running');
  });

  it('cancels with the paid time kept, and lets only owners and managers set it up and see revenue', async () => {
    const { clock, client, auth } = await shop('2026-10-01T09:00:00Z');
    const staff = await signInMember(client, auth, 'staff');
    expect((await client.request('PUT', '/api/v1/club', { ...staff, body: CLUB })).status).toBe(
      403,
    );
    const manager = await signInMember(client, auth, 'manager');
    expect((await client.request('PUT', '/api/v1/club', { ...manager, body: CLUB })).status).toBe(
      200,
    );
    const invalid = await client.request('PUT', '/api/v1/club', {
      ...auth,
      body: { ...CLUB, discountPercent: 80 },
    });
    expect(invalid.status).toBe(422);
    expect(invalid.body.errors[0].field).toBe('discountPercent');

    const hugo = await buildCustomer(client, auth, { firstName: 'Hugo' });
    await client.request('POST', `/api/v1/customers/${hugo.id}/club/payments`, {
      ...staff,
      body: { method: 'card' },
    });
    clock.set('2026-10-15T09:00:00Z');
    const cancelled = await client.request(
      'POST',
      `/api/v1/customers/${hugo.id}/club/cancel`,
      staff,
    );
    expect(cancelled.body.membership).toMatchObject({
      state: 'ending',
      isMember: true,
      renewsOn: '2026-11-01',
      endsOn: '2026-11-01',
      cancelledOn: '2026-10-15',
    });
    expect((await client.request('GET', '/api/v1/club/members', staff)).status).toBe(403);
    const members = await client.request('GET', '/api/v1/club/members', manager);
    expect(members.body.items).toEqual([
      expect.objectContaining({
        customerId: hugo.id,
        firstName: 'Hugo',
        state: 'ending',
        paidCents: 1500,
      }),
    ]);
    // Cancelled: not among the memberships to renew.
    const toRenew = await client.request(
      'GET',
      '/api/v1/club/members?lapsingWithinDays=30',
      manager,
    );
    expect(toRenew.body.items).toEqual([]);
  });

  it('reports fee revenue, joins, renewals and lapses per month, and members against comparable others', async () => {
    const { clock, client, auth } = await shop('2026-06-01T09:00:00Z');
    await buildPointsProgram(client, auth);
    await client.request('PUT', '/api/v1/club', { ...auth, body: CLUB });
    const people = [];
    for (const firstName of ['Léa', 'Hugo', 'Inès', 'Marc'])
      people.push(await buildCustomer(client, auth, { firstName }));
    const [lea, hugo, ines, marc] = people as [
      { id: string },
      { id: string },
      { id: string },
      { id: string },
    ];
    // Everyone bought the same before the club; Léa and Hugo join and spend more afterwards.
    for (const c of people) await purchase(client, auth, { customerId: c.id, amountCents: 2_000 });
    clock.set('2026-07-01T09:00:00Z');
    for (const c of [lea, hugo]) {
      await client.request('POST', `/api/v1/customers/${c.id}/club/payments`, {
        ...auth,
        body: { method: 'card' },
      });
    }
    clock.set('2026-08-01T10:00:00Z');
    await client.request('POST', `/api/v1/customers/${lea.id}/club/payments`, {
      ...auth,
      body: { method: 'cash' },
    });
    for (const [c, cents] of [
      [lea, 6_000],
      [hugo, 5_000],
      [ines, 1_000],
      [marc, 1_500],
    ] as const) {
      await purchase(client, auth, { customerId: c.id, amountCents: cents });
    }
    clock.set('2026-09-15T09:00:00Z');
    const report = await client.request('GET', '/api/v1/club/report', auth);
    expect(report.status).toBe(200);
    expect(report.body.report).toMatchObject({
      members: 0,
      revenueCents: 4_500,
      months: [
        { month: '2026-07', revenueCents: 3_000, joins: 2, renewals: 0, lapses: 0 },
        // Hugo: paid to 1 August, 7 grace days.
        { month: '2026-08', revenueCents: 1_500, joins: 0, renewals: 1, lapses: 1 },
        // Léa: paid to 1 September, lapsed on the 8th.
        { month: '2026-09', revenueCents: 0, joins: 0, renewals: 0, lapses: 1 },
      ],
    });
    // Members spent 5 500 on average after joining, comparable others 1 250.
    expect(report.body.report.comparison).toMatchObject({
      members: 2,
      matchedMembers: 2,
      extraSpendPerMemberCents: 4_250,
    });
  });
});
