import pino from 'pino';
import { expect, it } from 'vitest';
import { withMerchant } from '../../src/db/tenant.ts';
import { createJobRunner } from '../../src/jobs/job-runner.ts';
import { EXPIRE_LAPSED_BALANCES } from '../../src/jobs/kinds/expire-lapsed-balances.ts';
import { checkBalances } from '../../src/use-cases/balances/check-balances.ts';
import { listExpiringBalances } from '../../src/use-cases/loyalty/list-expiring-balances.ts';
import { describeEachBackend } from '../support/backends.ts';
import { buildCustomer, buildPointsProgram, purchase } from '../support/loyalty-factories.ts';
import { sessionCookie, signUpOwner, testClient, testServices } from '../support/test-app.ts';
import { testClock } from './job-fixtures.ts';

describeEachBackend('balances about to expire, and the nightly write-off', (database) => {
  it('lists what lapses within N days, soonest first, then the job writes it off oldest first and the snapshots still equal the ledger', async () => {
    const clock = testClock('2026-01-10T09:00:00Z');
    const { db } = database();
    const client = testClient(testServices(database(), { now: clock.now }));
    const owner = await signUpOwner(client);
    let auth = { cookie: owner.cookie };
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
    const first = await buildCustomer(client, auth, { firstName: 'Inès' });
    const second = await buildCustomer(client, auth, { firstName: 'Hugo' });
    const regular = await buildCustomer(client, auth, { firstName: 'Léa' });
    // Hugo buys first (lapses 10 July), Inès five days later (lapses 15 July), Léa in May.
    expect(
      (await purchase(client, auth, { customerId: second.id, amountCents: 2500 })).status,
    ).toBe(201);
    clock.set('2026-01-15T09:00:00Z');
    await signIn();
    expect((await purchase(client, auth, { customerId: first.id, amountCents: 4000 })).status).toBe(
      201,
    );
    clock.set('2026-05-01T09:00:00Z');
    await signIn();
    expect(
      (await purchase(client, auth, { customerId: regular.id, amountCents: 1000 })).status,
    ).toBe(201);

    const expiring = (now: string, withinDays: number) =>
      withMerchant(db, merchantId, (tx) =>
        listExpiringBalances(tx, { merchantId, now: new Date(now), withinDays }),
      );
    // On 1 July, within 10 days: only Hugo (10 July); within 14 days: Hugo then Inès.
    expect(await expiring('2026-07-01T09:00:00Z', 10)).toEqual([
      {
        customerId: second.id,
        programId: program.id,
        amount: 25,
        expiresAt: new Date('2026-07-10T09:00:00Z'),
      },
    ]);
    expect((await expiring('2026-07-01T09:00:00Z', 14)).map((e) => e.customerId)).toEqual([
      second.id,
      first.id,
    ]);

    // The runner first starts on 19 July, so its first night (20 July) finds both lapsed: one
    // run writes them off, the older deadline first.
    const runner = createJobRunner({
      db,
      logger: pino({ level: 'silent' }),
      now: clock.now,
      jobs: [],
      recurring: [EXPIRE_LAPSED_BALANCES],
    });
    clock.set('2026-07-19T12:00:00Z');
    await runner.runDue();
    clock.set('2026-07-20T02:00:00Z');
    await runner.runDue();
    const written = await withMerchant(db, merchantId, (tx) =>
      tx
        .selectFrom('ledger_entries')
        .select(['customer_id', 'delta', 'occurred_at'])
        .where('kind', '=', 'expire')
        .orderBy('id')
        .execute(),
    );
    expect(written).toEqual([
      { customer_id: second.id, delta: -25, occurred_at: new Date('2026-07-10T09:00:00Z') },
      { customer_id: first.id, delta: -40, occurred_at: new Date('2026-07-15T09:00:00Z') },
    ]);
    // Nothing left to announce, nothing new on a rerun, and every snapshot equals its ledger.
    expect(await expiring('2026-07-20T02:00:00Z', 30)).toEqual([]);
    clock.set('2026-07-21T02:00:00Z');
    await runner.runDue();
    const again = await withMerchant(db, merchantId, (tx) =>
      tx.selectFrom('ledger_entries').select('id').where('kind', '=', 'expire').execute(),
    );
    expect(again).toHaveLength(2);
    const check = await checkBalances(db, { repair: false });
    expect(check.discrepancies).toEqual([]);
  });
});
