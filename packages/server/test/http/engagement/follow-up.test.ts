import pino from 'pino';
import { expect, it } from 'vitest';
import { withMerchant } from '../../../src/db/tenant.ts';
import { createJobRunner } from '../../../src/jobs/job-runner.ts';
import { addFollowUpItem } from '../../../src/use-cases/follow-up/add-follow-up-item.ts';
import { listFollowUp } from '../../../src/use-cases/follow-up/list-follow-up.ts';
import { PLAN_FOLLOW_UP } from '../../../src/use-cases/follow-up/plan-follow-up-job.ts';
import { testClock } from '../../jobs/job-fixtures.ts';
import { describeEachBackend } from '../../support/backends.ts';
import { buildCustomer, buildStampCard, purchase } from '../../support/loyalty-factories.ts';
import { signUpOwner, testClient, testServices } from '../../support/test-app.ts';
import { signInMember } from '../team-members.ts';

type Item = { id: string; reason: string; customer: { id: string }; [key: string]: unknown };

describeEachBackend('the follow-up list: who to call and why', (database) => {
  const setUp = async (now?: () => Date) => {
    const client = testClient(testServices(database(), now ? { now } : {}));
    const owner = await signUpOwner(client);
    const auth = { cookie: owner.cookie };
    const list = async (cookie: string, status = 'all') => {
      const r = await client.request('GET', `/api/v1/follow-up?status=${status}`, { cookie });
      expect(r.status, JSON.stringify(r.body)).toBe(200);
      return r.body as { items: Item[]; valuesShown: boolean };
    };
    return { client, owner, auth, list, merchantId: owner.merchant.id as string };
  };

  it('staff add an item by hand, mark it done with an outcome, and it becomes an interaction', async () => {
    const { client, owner, auth, list } = await setUp();
    const customer = await buildCustomer(client, auth, {
      firstName: 'Agnès',
      phone: '06 39 98 01 02',
    });
    const staff = await signInMember(client, owner, 'staff');
    const added = await client.request('POST', '/api/v1/follow-up', {
      cookie: staff.cookie,
      body: { customerId: customer.id, note: 'Demander si la pièce montée a plu' },
    });
    expect(added.status, JSON.stringify(added.body)).toBe(201);
    expect(added.body).toMatchObject({
      reason: 'manual',
      status: 'open',
      note: 'Demander si la pièce montée a plu',
      customer: { id: customer.id, firstName: 'Agnès', phone: '+33639980102' },
    });
    const blank = await client.request('POST', '/api/v1/follow-up', {
      cookie: staff.cookie,
      body: { customerId: customer.id, note: '   ' },
    });
    expect(blank.status).toBe(422);
    expect(blank.body.errors[0]).toMatchObject({ field: 'note', code: 'required' });

    const done = await client.request('POST', `/api/v1/follow-up/${added.body.id}/done`, {
      cookie: staff.cookie,
      body: { kind: 'call', outcome: 'Ravie, reviendra pour la communion', minutesSpent: 5 },
    });
    expect(done.status, JSON.stringify(done.body)).toBe(200);
    expect(done.body).toMatchObject({
      status: 'done',
      outcome: 'Ravie, reviendra pour la communion',
    });
    expect(done.body.doneBy).toMatch(/staff-/);
    const twice = await client.request('POST', `/api/v1/follow-up/${added.body.id}/done`, {
      cookie: owner.cookie,
      body: { kind: 'visit', outcome: 'Autre chose' },
    });
    expect(twice.status).toBe(409);
    expect(twice.body.code).toBe('follow_up_already_done');

    const interactions = await client.request(
      'GET',
      `/api/v1/customers/${customer.id}/interactions`,
      { cookie: staff.cookie },
    );
    expect(interactions.body.items).toHaveLength(1);
    expect(interactions.body.items[0]).toMatchObject({
      id: done.body.interactionId,
      kind: 'call',
      outcome: 'Ravie, reviendra pour la communion',
      minutesSpent: 5,
    });
    expect((await list(staff.cookie, 'open')).items).toEqual([]);
    expect((await list(staff.cookie, 'done')).items.map((i) => i.id)).toEqual([added.body.id]);
  });

  it('scores and value figures reach managers and owners only', async () => {
    const { client, owner, auth, list, merchantId } = await setUp();
    await buildStampCard(client, auth);
    const customer = await buildCustomer(client, auth, { firstName: 'Bruno' });
    expect(
      (await purchase(client, auth, { customerId: customer.id, amountCents: 4_200 })).status,
    ).toBe(201);
    await withMerchant(client.services.db, merchantId, (tx) =>
      addFollowUpItem(
        tx,
        { merchantId, now: new Date(), actor: { type: 'system', id: null } },
        {
          customerId: customer.id,
          reason: 'going_quiet',
          occasionKey: `going_quiet:${customer.id}:1`,
          details: { daysSinceLastVisit: 40, pAlive: 0.31, annualSpendCents: 4_200 },
        },
      ),
    );
    const staff = await signInMember(client, owner, 'staff');
    const manager = await signInMember(client, owner, 'manager');
    const seenByStaff = await list(staff.cookie);
    expect(seenByStaff.valuesShown).toBe(false);
    expect(seenByStaff.items[0]!.details).toEqual({ daysSinceLastVisit: 40 });
    expect(seenByStaff.items[0]).not.toHaveProperty('priority');
    for (const cookie of [manager.cookie, owner.cookie]) {
      const seen = await list(cookie);
      expect(seen.valuesShown).toBe(true);
      expect(seen.items[0]!.details).toEqual({
        daysSinceLastVisit: 40,
        pAlive: 0.31,
        annualSpendCents: 4_200,
      });
      expect(seen.items[0]!.priority).toMatchObject({ rank: 1, score: expect.any(Number) });
    }
  });

  it('each morning adds the week’s birthdays and long-standing customers, once', async () => {
    const clock = testClock('2026-12-08T20:00:00Z'); // a Tuesday; the week runs 7–13 December
    const { client, auth, merchantId } = await setUp(clock.now);
    await buildStampCard(client, auth);
    const buy = async (customerId: string, occurredAt: string) => {
      const r = await purchase(client, auth, { customerId, amountCents: 1_500, occurredAt });
      expect(r.status, JSON.stringify(r.body)).toBe(201);
    };
    const birthday = await buildCustomer(client, auth, { firstName: 'Inès', birthday: '12-11' });
    await buy(birthday.id, '2026-10-01T09:00:00Z');
    const birthdayButGone = await buildCustomer(client, auth, {
      firstName: 'Paul',
      birthday: '12-12',
    });
    await buy(birthdayButGone.id, '2024-10-01T09:00:00Z');
    const loyal = await buildCustomer(client, auth, { firstName: 'Yvette' });
    await buy(loyal.id, '2023-12-10T09:00:00Z');
    await buy(loyal.id, '2025-06-01T09:00:00Z');
    await buy(loyal.id, '2026-11-20T09:00:00Z');
    const lapsed = await buildCustomer(client, auth, { firstName: 'Marc' });
    await buy(lapsed.id, '2023-12-08T09:00:00Z');
    // A hotel whose October invoice is still unpaid: call its contact.
    const manager = await buildCustomer(client, auth, { firstName: 'Nadia', lastName: 'Hôtel' });
    const hotel = await client.request('POST', '/api/v1/b2b-accounts', {
      ...auth,
      body: { companyName: 'Hôtel du Parc', paymentTermsDays: 30 },
    });
    expect(hotel.status, JSON.stringify(hotel.body)).toBe(201);
    const linked = await client.request(
      'PUT',
      `/api/v1/b2b-accounts/${hotel.body.id}/contacts/${manager.id}`,
      auth,
    );
    expect(linked.status, JSON.stringify(linked.body)).toBeLessThan(300);
    const invoice = await client.request('POST', `/api/v1/b2b-accounts/${hotel.body.id}/invoices`, {
      ...auth,
      body: { number: 'F-2026-041', amountCents: 84_000, issuedOn: '2026-10-01' },
    });
    expect(invoice.status, JSON.stringify(invoice.body)).toBe(201);

    const runner = createJobRunner({
      db: client.services.db,
      logger: pino({ level: 'silent' }),
      now: clock.now,
      jobs: [],
      recurring: [PLAN_FOLLOW_UP],
    });
    await runner.runDue(); // the shop's schedule: next run Wednesday 06:00, Paris time
    clock.set('2026-12-09T10:00:00Z');
    await runner.runDue();
    // Read through the use case: a session cannot follow the test clock across days.
    const read = () =>
      listFollowUp(
        {
          db: client.services.db,
          merchantId,
          actor: { type: 'system', id: null },
          now: clock.now(),
        },
        { status: 'all' },
      );
    const reasons = async () => (await read()).map((i) => `${i.reason}:${i.customer_id}`).sort();
    const expected = [
      `birthday:${birthday.id}`,
      `long_standing:${loyal.id}`,
      `late_payment:${manager.id}`,
    ].sort();
    expect(await reasons()).toEqual(expected);
    const items = await read();
    expect(items.find((i) => i.reason === 'long_standing')!.details).toEqual({
      years: 3,
      since: '2023-12-10',
    });
    expect(items.find((i) => i.reason === 'birthday')!.details).toEqual({ date: '2026-12-11' });
    // Due 31 October, 39 days late on 9 December.
    expect(items.find((i) => i.reason === 'late_payment')!.details).toEqual({
      company: 'Hôtel du Parc',
      invoice: 'F-2026-041',
      daysLate: 39,
      amountCents: 84_000,
    });

    // The next morning's run finds the same occasions: nothing is added twice.
    clock.set('2026-12-10T10:00:00Z');
    await runner.runDue();
    expect(await reasons()).toEqual(expected);
    const jobs = await withMerchant(client.services.db, merchantId, (tx) =>
      tx
        .selectFrom('jobs')
        .select(['kind', 'status'])
        .where('kind', '=', 'follow-up.plan-week')
        .execute(),
    );
    // Wednesday's and Thursday's runs (Friday's waits).
    expect(jobs.filter((j) => j.status === 'succeeded')).toHaveLength(2);
  });
});
