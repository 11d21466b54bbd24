import pino from 'pino';
import { expect, it } from 'vitest';
import { withMerchant } from '../../src/db/tenant.ts';
import { createJobRunner } from '../../src/jobs/job-runner.ts';
import { ANONYMISE_INACTIVE_CUSTOMERS } from '../../src/jobs/kinds/anonymise-inactive-customers.ts';
import { listRetentionNotices } from '../../src/use-cases/gdpr/list-retention-notices.ts';
import { signInMember } from '../http/team-members.ts';
import { describeEachBackend } from '../support/backends.ts';
import { buildCustomer, buildStampCard, purchase } from '../support/loyalty-factories.ts';
import { sessionCookie, signUpOwner, testClient, testServices } from '../support/test-app.ts';
import { testClock } from './job-fixtures.ts';

describeEachBackend('retention: customers inactive for 3 years are anonymised', (database) => {
  it('lists them a month before, then anonymises them at night, and only them', async () => {
    const clock = testClock('2026-01-15T09:00:00Z');
    const { db } = database();
    const client = testClient(testServices(database(), { now: clock.now }));
    const owner = await signUpOwner(client);
    let auth = { cookie: owner.cookie };
    const signIn = async () => {
      const login = await client.request('POST', '/api/v1/auth/login', {
        body: { email: owner.email, password: owner.password },
      });
      expect(login.status, JSON.stringify(login.body)).toBe(200);
      auth = { cookie: sessionCookie(login.headers) };
    };
    const merchantId: string = owner.merchant.id;
    await buildStampCard(client, auth);
    const buyer = await buildCustomer(client, auth, { firstName: 'Inès', lastName: 'Vidal' });
    const signedUpOnly = await buildCustomer(client, auth, { firstName: 'Paul' });
    const regular = await buildCustomer(client, auth, { firstName: 'Hugo' });
    expect((await purchase(client, auth, { customerId: buyer.id, amountCents: 800 })).status).toBe(
      201,
    );
    clock.set('2027-03-01T09:00:00Z');
    await signIn();
    expect(
      (await purchase(client, auth, { customerId: regular.id, amountCents: 500 })).status,
    ).toBe(201);

    const runner = createJobRunner({
      db,
      logger: pino({ level: 'silent' }),
      now: clock.now,
      jobs: [],
      recurring: [ANONYMISE_INACTIVE_CUSTOMERS],
    });
    const erased = () =>
      withMerchant(db, merchantId, (tx) =>
        tx
          .selectFrom('customers')
          .select('id')
          .where('erased_at', 'is not', null)
          .orderBy('id')
          .execute(),
      );

    // A month and a bit before the 3 years: listed for the owner, not yet anonymised.
    // (Read through the use case: a session cookie cannot be set years ahead of the real clock.)
    const upcoming = () => listRetentionNotices({ db, merchantId, now: clock.now() });
    clock.set('2028-12-20T12:00:00Z');
    await runner.runDue();
    const notices = { body: await upcoming() };
    expect(notices.body.items.map((i: { id: string }) => i.id).sort()).toEqual(
      [buyer.id, signedUpOnly.id].sort(),
    );
    expect(notices.body.items.find((i: { id: string }) => i.id === buyer.id)).toMatchObject({
      firstName: 'Inès',
      anonymisedOn: '2029-01-15T09:00:00.000Z',
    });
    expect(await erased()).toEqual([]);

    // The night after the 3 years: both anonymised, the regular customer untouched.
    clock.set('2029-01-16T03:30:00Z');
    await runner.runDue();
    expect((await erased()).map((r) => r.id).sort()).toEqual([buyer.id, signedUpOnly.id].sort());
    const names = await withMerchant(db, merchantId, (tx) =>
      tx.selectFrom('customers').select(['id', 'first_name', 'last_name']).execute(),
    );
    expect(names.find((n) => n.id === buyer.id)).toMatchObject({
      first_name: null,
      last_name: null,
    });
    expect(names.find((n) => n.id === regular.id)?.first_name).toBe('Hugo');
    expect((await upcoming()).items).toEqual([]);
  });

  it('shows the list to the owner only', async () => {
    const client = testClient(testServices(database()));
    const owner = await signUpOwner(client);
    const manager = await signInMember(client, owner, 'manager');
    expect((await client.request('GET', '/api/v1/retention/upcoming', manager)).status).toBe(403);
    expect(
      (await client.request('GET', '/api/v1/retention/upcoming', { cookie: owner.cookie })).status,
    ).toBe(200);
  });
});
