import pino from 'pino';
import { expect, it } from 'vitest';
import { withMerchant } from '../../src/db/tenant.ts';
import { createJobRunner } from '../../src/jobs/job-runner.ts';
import { GRANT_BIRTHDAY_VOUCHERS } from '../../src/jobs/kinds/grant-birthday-vouchers.ts';
import { daily } from '../../src/jobs/schedule.ts';
import { birthdayVoucherOfYear } from '../../src/use-cases/bonuses/find-birthday-voucher.ts';
import { testClock } from '../jobs/job-fixtures.ts';
import { describeEachBackend } from '../support/backends.ts';
import { buildCustomer, buildPointsProgram } from '../support/loyalty-factories.ts';
import { signUpOwner, testClient, testServices } from '../support/test-app.ts';

const DAY = 86_400_000;

describeEachBackend('birthday vouchers', (database) => {
  it('grants each member one voucher a year, across reruns, restarts and a new schedule', async () => {
    const clock = testClock('2027-03-01T09:00:00Z');
    const { db } = database();
    const client = testClient(testServices(database(), { now: clock.now }));
    const owner = await signUpOwner(client);
    const auth = { cookie: owner.cookie };
    const merchantId: string = owner.merchant.id;
    const program = await buildPointsProgram(client, auth);
    const saved = await client.request('PUT', '/api/v1/bonus-settings', {
      ...auth,
      body: {
        welcome: null,
        referral: null,
        birthday: { programId: program.id, rewardId: program.rewards[0].id, windowDays: 3 },
      },
    });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    const lea = await buildCustomer(client, auth, { firstName: 'Léa', birthday: '03-14' });
    const hugo = await buildCustomer(client, auth, { firstName: 'Hugo', birthday: '07-02' });
    // Born the same day but not a member: no voucher.
    await buildCustomer(client, auth, { birthday: '03-14', member: false });

    const vouchers = () =>
      withMerchant(db, merchantId, (tx) =>
        tx
          .selectFrom('vouchers')
          .select(['id', 'customer_id', 'issued_at', 'expires_at', 'cost'])
          .orderBy('id')
          .execute(),
      );
    const runner = (schedule = GRANT_BIRTHDAY_VOUCHERS.schedule) =>
      createJobRunner({
        db,
        logger: pino({ level: 'silent' }),
        now: clock.now,
        jobs: [],
        recurring: [{ ...GRANT_BIRTHDAY_VOUCHERS, schedule }],
      });

    // Day by day, the server checking at 10:00 Paris time (the run is at 06:00).
    const daily06 = runner();
    const days = async (from: string, count: number, r = daily06) => {
      clock.set(from);
      for (let day = 0; day < count; day++) {
        await r.runDue();
        clock.advance(DAY);
      }
    };
    await days('2027-03-01T09:00:00Z', 10);
    expect(await vouchers()).toEqual([]); // up to 10 March: the window is not open yet
    await days('2027-03-11T09:00:00Z', 2);
    const granted = [
      {
        id: `birthday:${lea.id}:2027`,
        customer_id: lea.id,
        // Granted by the run of the day the window opens (11 March)…
        issued_at: new Date('2027-03-11T09:00:00Z'),
        // …and valid to the end of 17 March in Paris.
        expires_at: new Date('2027-03-17T23:00:00Z'),
        cost: 0,
      },
    ];
    expect(await vouchers()).toEqual(granted);

    // A restart (a new runner) runs 12 March again; then the runs move to the evening for two
    // days, and back to the morning until the end of the month: still one voucher.
    clock.set('2027-03-12T20:00:00Z');
    await runner().runDue();
    await days('2027-03-13T20:00:00Z', 2, runner(daily('18:30')));
    await days('2027-03-15T09:00:00Z', 11, runner());
    expect(await vouchers()).toEqual(granted);

    // The next year, after the server was down for a fortnight: the catch-up grants 2028's.
    clock.set('2028-03-16T09:00:00Z');
    await runner().runDue();
    const ids = (await vouchers()).map((v) => v.id);
    expect(ids).toEqual([`birthday:${lea.id}:2027`, `birthday:${lea.id}:2028`]);

    const read = await withMerchant(db, merchantId, (tx) =>
      birthdayVoucherOfYear(tx, merchantId, lea.id, 2028),
    );
    expect(read).toMatchObject({ rewardId: program.rewards[0].id, status: 'available' });
    const none = await withMerchant(db, merchantId, (tx) =>
      birthdayVoucherOfYear(tx, merchantId, hugo.id, 2028),
    );
    expect(none).toBeNull();
  });
});
