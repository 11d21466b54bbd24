import pino from 'pino';
import { expect, it } from 'vitest';
import { withMerchant } from '../../src/db/tenant.ts';
import { createJobRunner } from '../../src/jobs/job-runner.ts';
import { EXPIRE_LAPSED_BALANCES } from '../../src/jobs/kinds/expire-lapsed-balances.ts';
import { describeEachBackend } from '../support/backends.ts';
import { buildCustomer, buildPointsProgram, purchase } from '../support/loyalty-factories.ts';
import { sessionCookie, signUpOwner, testClient, testServices } from '../support/test-app.ts';
import { testClock } from './job-fixtures.ts';

describeEachBackend('nightly expiry of lapsed balances', (database) => {
  it('writes off points on the night after they lapse, once, and only for inactive customers', async () => {
    const clock = testClock('2026-01-15T09:00:00Z');
    const { db } = database();
    const client = testClient(testServices(database(), { now: clock.now }));
    const owner = await signUpOwner(client);
    let auth = { cookie: owner.cookie };
    // Sessions last a day: sign in again after moving the clock by months.
    const signIn = async () => {
      const login = await client.request('POST', '/api/v1/auth/login', {
        body: { email: owner.email, password: owner.password },
      });
      auth = { cookie: sessionCookie(login.headers) };
    };
    const merchantId: string = owner.merchant.id;
    const program = await buildPointsProgram(client, auth, {
      expiry: { monthsWithoutActivity: 6, noticeDays: 15 },
    });
    const idle = await buildCustomer(client, auth, { firstName: 'Inès' });
    const regular = await buildCustomer(client, auth, { firstName: 'Hugo' });
    expect((await purchase(client, auth, { customerId: idle.id, amountCents: 4000 })).status).toBe(
      201,
    );
    clock.set('2026-05-01T09:00:00Z');
    await signIn();
    expect(
      (await purchase(client, auth, { customerId: regular.id, amountCents: 2500 })).status,
    ).toBe(201);

    const runner = createJobRunner({
      db,
      logger: pino({ level: 'silent' }),
      now: clock.now,
      jobs: [],
      recurring: [EXPIRE_LAPSED_BALANCES],
    });
    const entries = () =>
      withMerchant(db, merchantId, (tx) =>
        tx
          .selectFrom('ledger_entries')
          .select(['customer_id', 'kind', 'delta', 'occurred_at', 'actor_type'])
          .where('kind', '=', 'expire')
          .execute(),
      );
    clock.set('2026-07-14T12:00:00Z');
    await runner.runDue();
    // 03:00 in Paris on 15 July: Inès's points lapse at 09:00 UTC that day, not yet.
    clock.set('2026-07-15T01:00:00Z');
    await runner.runDue();
    expect(await entries()).toEqual([]);
    // The next night they have lapsed: one entry, dated when they lapsed, by the system.
    clock.set('2026-07-16T01:00:00Z');
    await runner.runDue();
    expect(await entries()).toEqual([
      {
        customer_id: idle.id,
        kind: 'expire',
        delta: -40,
        occurred_at: new Date('2026-07-15T09:00:00Z'),
        actor_type: 'system',
      },
    ]);
    clock.set('2026-07-17T01:00:00Z');
    await runner.runDue();
    expect(await entries()).toHaveLength(1);

    await signIn();
    const card = await client.request('GET', `/api/v1/customers/${idle.id}/card`, auth);
    const balance = card.body.programs.find(
      (p: { programId: string }) => p.programId === program.id,
    );
    expect(balance.balance).toBe(0);
    const kept = await client.request('GET', `/api/v1/customers/${regular.id}/card`, auth);
    expect(
      kept.body.programs.find((p: { programId: string }) => p.programId === program.id).balance,
    ).toBe(25);
    const jobs = await client.request('GET', '/api/v1/jobs?status=succeeded', auth);
    expect(jobs.body.schedules).toEqual([
      {
        kind: 'loyalty.expire-balances',
        schedule: { every: 'day', at: '03:00' },
        nextRunAt: '2026-07-18T01:00:00.000Z',
        lastRunAt: '2026-07-17T01:00:00.000Z',
      },
    ]);
    expect(jobs.body.items).toHaveLength(3);
  });
});
