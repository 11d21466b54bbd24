import { expect, it } from 'vitest';
import { testClock } from '../../jobs/job-fixtures.ts';
import { describeEachBackend } from '../../support/backends.ts';
import { buildCustomer, purchase } from '../../support/loyalty-factories.ts';
import { sessionCookie, signUpOwner, testClient, testServices } from '../../support/test-app.ts';
import { signInMember } from '../team-members.ts';

const EMAIL_YES = [{ channel: 'email', granted: true, source: 'counter', wordingVersion: 'fr-1' }];
/** 90 days in average months: the window the frequency is measured over. */
const QUARTER_MONTHS = 90 / 30.436875;

describeEachBackend('/api/v1/goals', (database) => {
  it('sets a goal from the data, follows it week by week, and says whether it is on track', async () => {
    const clock = testClock('2026-04-01T10:00:00Z');
    const client = testClient(testServices(database(), { now: clock.now }));
    const owner = await signUpOwner(client);
    let auth = { cookie: owner.cookie };
    const at = async (iso: string) => {
      clock.set(iso);
      const login = await client.request('POST', '/api/v1/auth/login', {
        body: { email: owner.email, password: owner.password },
      });
      auth = { cookie: sessionCookie(login.headers) };
    };
    const alice = await buildCustomer(client, auth, { firstName: 'Alice' });
    const bob = await buildCustomer(client, auth, {
      firstName: 'Bob',
      member: false,
      email: 'bob@example.org',
      consents: EMAIL_YES,
    });
    await buildCustomer(client, auth, {
      firstName: 'Carla',
      email: 'carla@example.org',
      consents: EMAIL_YES,
    });
    const buy = async (customerId: string, day: string, amountCents: number) =>
      expect(
        (
          await purchase(client, auth, {
            customerId,
            amountCents,
            occurredAt: `${day}T11:00:00+02:00`,
          })
        ).status,
      ).toBe(201);
    // Before they joined: none of these are members' purchases.
    await buy(alice.id, '2026-02-10', 2_000);
    await buy(alice.id, '2026-03-10', 3_000);
    await buy(alice.id, '2026-03-30', 4_000);
    await buy(bob.id, '2026-03-15', 1_000);

    const before = await client.request('GET', '/api/v1/goals', auth);
    expect(before.status).toBe(200);
    expect(before.body.today).toBe('2026-04-01');
    const metric = (name: string) =>
      before.body.metrics.find((m: { metric: string }) => m.metric === name).current;
    // 4 purchases by 2 customers over the last 90 days.
    expect(metric('purchase_frequency')).toBeCloseTo(2 / QUARTER_MONTHS, 10);
    expect(metric('email_subscribers')).toBe(2);
    expect(metric('members')).toBe(2);
    expect(metric('member_average_basket')).toBeNull();
    expect(before.body.templates.map((t: { id: string }) => t.id)).toEqual([
      'frequency',
      'member_basket',
      'churn',
      'subscribers',
    ]);

    // No member has bought yet: the basket of members has no starting point.
    const unmeasurable = await client.request('POST', '/api/v1/goals', {
      ...auth,
      body: {
        metric: 'member_average_basket',
        target: { kind: 'percent_change', percent: 15 },
        deadline: '2026-06-30',
      },
    });
    expect(unmeasurable.status).toBe(422);
    expect(unmeasurable.body.code).toBe('goal_not_measurable');

    const late = await client.request('POST', '/api/v1/goals', {
      ...auth,
      body: { metric: 'members', target: { kind: 'change', by: 5 }, deadline: '2026-04-01' },
    });
    expect(late.status).toBe(422);
    expect(late.body.errors).toEqual([
      expect.objectContaining({ field: 'deadline', code: 'not_in_future' }),
    ]);

    const created = await client.request('POST', '/api/v1/goals', {
      ...auth,
      headers: { 'idempotency-key': 'goal-frequency' },
      body: {
        template: 'frequency',
        metric: 'purchase_frequency',
        target: { kind: 'value', value: 2 },
        deadline: '2026-09-30',
      },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      metric: 'purchase_frequency',
      unit: 'per_month',
      target: 2,
      startsOn: '2026-04-01',
      deadline: '2026-09-30',
      progress: { status: 'too_early' },
    });
    expect(created.body.baseline).toBeCloseTo(2 / QUARTER_MONTHS, 10);
    const subscribers = await client.request('POST', '/api/v1/goals', {
      ...auth,
      body: {
        template: 'subscribers',
        metric: 'email_subscribers',
        target: { kind: 'change', by: 500 },
        deadline: '2026-06-30',
      },
    });
    expect(subscribers.body).toMatchObject({ baseline: 2, target: 502 });

    // Alice now comes every week.
    for (const day of ['2026-04-08', '2026-04-15', '2026-04-22', '2026-04-29', '2026-05-06']) {
      await at(`${day}T10:00:00Z`);
      await buy(alice.id, day, 2_500);
    }
    const list = await client.request('GET', '/api/v1/goals', auth);
    const goal = list.body.goals.find((g: { id: string }) => g.id === created.body.id);
    expect(goal.series.map((p: { date: string }) => p.date)).toEqual([
      '2026-04-01',
      '2026-04-08',
      '2026-04-15',
      '2026-04-22',
      '2026-04-29',
      '2026-05-06',
    ]);
    expect(goal.series[0].value).toBe(created.body.baseline);
    // 8 purchases by Alice and 1 by Bob in the 90 days up to 6 May.
    expect(goal.progress.current).toBeCloseTo(4.5 / QUARTER_MONTHS, 10);
    expect(goal.progress.status).toBe('on_track');
    expect(goal.progress.projectedAtDeadline).toBeGreaterThan(2);

    const renamed = await client.request('PATCH', `/api/v1/goals/${goal.id}`, {
      ...auth,
      body: { name: 'Deux visites par mois', target: 2.5 },
    });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ name: 'Deux visites par mois', target: 2.5 });
    expect(renamed.body.baseline).toBe(created.body.baseline);

    const archived = await client.request('POST', `/api/v1/goals/${goal.id}/archive`, auth);
    expect(archived.body.archived).toBe(true);
    const again = await client.request('PATCH', `/api/v1/goals/${goal.id}`, {
      ...auth,
      body: { name: 'Encore' },
    });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('goal_archived');
    const open = await client.request('GET', '/api/v1/goals', auth);
    expect(open.body.goals.map((g: { id: string }) => g.id)).toEqual([subscribers.body.id]);
    const all = await client.request('GET', '/api/v1/goals?archived=true', auth);
    expect(all.body.goals).toHaveLength(2);
  });

  it('keeps goals to managers and owners', async () => {
    const client = testClient(testServices(database()));
    const owner = await signUpOwner(client);
    const staff = await signInMember(client, owner, 'staff');
    const manager = await signInMember(client, owner, 'manager');
    const body = {
      metric: 'members',
      target: { kind: 'change', by: 10 },
      deadline: new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10),
    };
    expect((await client.request('GET', '/api/v1/goals', staff)).status).toBe(403);
    expect((await client.request('POST', '/api/v1/goals', { ...staff, body })).status).toBe(403);
    const set = await client.request('POST', '/api/v1/goals', { ...manager, body });
    expect(set.status).toBe(201);
    expect(set.body).toMatchObject({ baseline: 0, target: 10 });
  });
});
