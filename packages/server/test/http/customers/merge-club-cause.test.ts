import { expect, it } from 'vitest';
import { testClock } from '../../jobs/job-fixtures.ts';
import { describeEachBackend } from '../../support/backends.ts';
import { buildCustomer, buildPointsProgram, purchase } from '../../support/loyalty-factories.ts';
import { signUpOwner, testClient, testServices } from '../../support/test-app.ts';

const CLUB = {
  name: 'Club des lecteurs',
  period: 'monthly',
  feeCents: 1_500,
  discountPercent: 10,
  perks: [],
  graceDays: 7,
  reminderDays: 5,
};

describeEachBackend('merging duplicate customers: the club and the cause', (database) => {
  async function shop() {
    const clock = testClock('2026-10-01T09:00:00Z');
    const services = testServices(database(), { now: clock.now });
    const client = testClient({
      ...services,
      config: { ...services.config, sessionTtlHours: 24 * 400 },
    });
    const owner = await signUpOwner(client);
    const auth = { cookie: owner.cookie as string };
    await buildPointsProgram(client, auth);
    const survivor = await buildCustomer(client, auth, { firstName: 'Léa' });
    const duplicate = await buildCustomer(client, auth, { firstName: 'Léa' });
    const merge = async () => {
      const merged = await client.request('POST', `/api/v1/customers/${survivor.id}/merge`, {
        ...auth,
        body: { duplicateId: duplicate.id },
      });
      expect(merged.status, JSON.stringify(merged.body)).toBe(200);
    };
    return { clock, client, auth, survivor, duplicate, merge };
  }

  it('keeps every period paid under either record, lists both fees, counts each fee once', async () => {
    const { clock, client, auth, survivor, duplicate, merge } = await shop();
    expect((await client.request('PUT', '/api/v1/club', { ...auth, body: CLUB })).status).toBe(200);
    const pay = (customerId: string) =>
      client.request('POST', `/api/v1/customers/${customerId}/club/payments`, {
        ...auth,
        body: { method: 'cash' },
      });
    // The duplicate joined on 1 October (paid to 1 November); the survivor paid again on the 15th.
    expect((await pay(duplicate.id)).status).toBe(201);
    clock.set('2026-10-15T09:00:00Z');
    expect((await pay(survivor.id)).status).toBe(201);
    clock.set('2026-10-20T09:00:00Z');
    await merge();

    const club = await client.request('GET', `/api/v1/customers/${survivor.id}/club`, auth);
    // One person, two fees: one membership since 1 October, paid to 1 December.
    expect(club.body.membership).toMatchObject({
      state: 'active',
      since: '2026-10-01',
      renewsOn: '2026-12-01',
    });
    expect(club.body.payments.map((p: { at: string }) => p.at)).toEqual([
      '2026-10-15T09:00:00.000Z',
      '2026-10-01T09:00:00.000Z',
    ]);
    const members = await client.request('GET', '/api/v1/club/members', auth);
    expect(members.body.items).toEqual([
      expect.objectContaining({ customerId: survivor.id, paidCents: 3_000 }),
    ]);
    const report = await client.request('GET', '/api/v1/club/report', auth);
    expect(report.body.report).toMatchObject({
      members: 1,
      revenueCents: 3_000,
      months: [{ month: '2026-10', revenueCents: 3_000, joins: 1, renewals: 1 }],
    });
    // A renewal now extends the one membership.
    const renewed = await pay(survivor.id);
    expect(renewed.body).toMatchObject({ renewed: true, membership: { renewsOn: '2027-01-01' } });
    // Her access request lists every fee she paid.
    const data = await client.request('GET', `/api/v1/customers/${survivor.id}/export`, auth);
    expect(data.body.clubEvents).toHaveLength(3);
  });

  it('counts what the duplicate gave once, follows its chosen cause, and takes back refunds from it', async () => {
    const { client, auth, survivor, duplicate, merge } = await shop();
    const spa = await client.request('POST', '/api/v1/causes', {
      ...auth,
      body: { name: 'SPA de Montreuil' },
    });
    const restos = await client.request('POST', '/api/v1/causes', {
      ...auth,
      body: { name: 'Restos du cœur' },
    });
    await client.request('PUT', '/api/v1/cause-settings', {
      ...auth,
      body: {
        rule: { kind: 'percent', basisPoints: 1_000 },
        defaultCauseId: spa.body.id,
        customersChoose: true,
      },
    });
    const chose = await client.request('PUT', `/api/v1/customers/${duplicate.id}/cause`, {
      ...auth,
      body: { causeId: restos.body.id },
    });
    expect(chose.status).toBe(200);
    const given = await purchase(client, auth, { customerId: duplicate.id, amountCents: 4_000 });
    await purchase(client, auth, { customerId: survivor.id, amountCents: 2_000 });
    const totals = async () =>
      (await client.request('GET', '/api/v1/causes/totals?from=2026-10-01&to=2026-10-31', auth))
        .body.causes;
    const totalsBefore = await totals();
    await merge();

    const cause = await client.request('GET', `/api/v1/customers/${survivor.id}/cause`, auth);
    expect(cause.body.cause.name).toBe('Restos du cœur');
    expect(cause.body.given).toEqual([
      { causeId: spa.body.id, name: 'SPA de Montreuil', givenCents: 200 },
      { causeId: restos.body.id, name: 'Restos du cœur', givenCents: 400 },
    ]);
    expect(await totals()).toEqual(totalsBefore);
    // The duplicate's purchase is the survivor's now; its refund takes back from what it gave.
    const refund = await client.request(
      'POST',
      `/api/v1/purchases/${given.body.purchaseId}/refund`,
      { ...auth, body: { amountCents: 4_000 } },
    );
    expect(refund.status, JSON.stringify(refund.body)).toBe(201);
    const after = await client.request('GET', `/api/v1/customers/${survivor.id}/cause`, auth);
    expect(after.body.given).toEqual([
      { causeId: spa.body.id, name: 'SPA de Montreuil', givenCents: 200 },
    ]);
    const card = await client.request('GET', `/api/v1/public/cards/${survivor.cardToken}`);
    expect(card.body.cause).toEqual({ name: 'Restos du cœur', givenCents: 0 });
  });
});
