import pino from 'pino';
import { expect, it } from 'vitest';
import { withMerchant } from '../../src/db/tenant.ts';
import { createJobRunner } from '../../src/jobs/job-runner.ts';
import { EXPIRE_LAPSED_BALANCES } from '../../src/jobs/kinds/expire-lapsed-balances.ts';
import { findBalanceDiscrepancies } from '../../src/repositories/loyalty-balances.ts';
import { listRetentionNotices } from '../../src/use-cases/gdpr/list-retention-notices.ts';
import { describeEachBackend } from '../support/backends.ts';
import { buildCustomer, buildPointsProgram, purchase } from '../support/loyalty-factories.ts';
import { sessionCookie, signUpOwner, testClient, testServices } from '../support/test-app.ts';
import { testClock } from './job-fixtures.ts';

type Db = ReturnType<typeof testServices>['db'];

/** A shop on a clock the test moves, signing in again after each move (sessions last a day). */
async function shopOnAClock(database: Parameters<Parameters<typeof describeEachBackend>[1]>[0]) {
  const clock = testClock('2026-01-15T09:00:00Z');
  const handle = database();
  const client = testClient(testServices(handle, { now: clock.now }));
  const owner = await signUpOwner(client);
  const auth = { cookie: owner.cookie };
  const moveTo = async (iso: string) => {
    clock.set(iso);
    const login = await client.request('POST', '/api/v1/auth/login', {
      body: { email: owner.email, password: owner.password },
    });
    expect(login.status, JSON.stringify(login.body)).toBe(200);
    auth.cookie = sessionCookie(login.headers);
  };
  const merge = async (survivorId: string, duplicateId: string) => {
    const r = await client.request('POST', `/api/v1/customers/${survivorId}/merge`, {
      ...auth,
      body: { duplicateId },
    });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
  };
  return { clock, db: handle.db, client, auth, moveTo, merge, merchantId: owner.merchant.id };
}

/**
 * The balance snapshots (what purchases, the card and the expiry job read) equal the ledger they
 * sum, last activity included. (`expectLedgerInvariants` reads cards at today's date, not the
 * test's clock.)
 */
async function expectSnapshotsMatchLedger(shop: { db: Db; merchantId: string }) {
  expect(await withMerchant(shop.db, shop.merchantId, findBalanceDiscrepancies)).toEqual([]);
}

/**
 * A merge is the shop tidying its records, not the customer coming back: it neither keeps a
 * balance alive nor postpones the anonymisation of someone inactive. What the duplicate did is
 * the person's activity, though, and counts for the survivor as it did for the duplicate.
 */
describeEachBackend('a merge is not the customer’s activity', (database) => {
  it('carries points with the age they had: they lapse when they would have on the duplicate', async () => {
    const shop = await shopOnAClock(database);
    const { client, auth } = shop;
    const program = await buildPointsProgram(client, auth, {
      expiry: { monthsWithoutActivity: 6, noticeDays: 15 },
    });
    const survivor = await buildCustomer(client, auth, { firstName: 'Inès' });
    const duplicate = await buildCustomer(client, auth, { firstName: 'Ines' });
    expect(
      (await purchase(client, auth, { customerId: duplicate.id, amountCents: 4000 })).status,
    ).toBe(201);

    await shop.moveTo('2026-06-01T09:00:00Z');
    await shop.merge(survivor.id, duplicate.id);
    await expectSnapshotsMatchLedger(shop);
    const card = await client.request('GET', `/api/v1/customers/${survivor.id}/card`, auth);
    const points = card.body.programs.find(
      (p: { programId: string }) => p.programId === program.id,
    );
    expect(points.balance).toBe(40);
    expect(points.expiry).toMatchObject({ amount: 40, expiresAt: '2026-07-15T09:00:00.000Z' });

    const runner = createJobRunner({
      db: shop.db,
      logger: pino({ level: 'silent' }),
      now: shop.clock.now,
      jobs: [],
      recurring: [EXPIRE_LAPSED_BALANCES],
    });
    // The runner plans its nightly occurrences from its first run, then runs them.
    shop.clock.set('2026-07-14T12:00:00Z');
    await runner.runDue();
    shop.clock.set('2026-07-16T01:00:00Z');
    await runner.runDue();
    const expired = await withMerchant(shop.db, shop.merchantId, (tx) =>
      tx
        .selectFrom('ledger_entries')
        .select(['customer_id', 'delta', 'occurred_at'])
        .where('kind', '=', 'expire')
        .execute(),
    );
    expect(expired).toEqual([
      { customer_id: survivor.id, delta: -40, occurred_at: new Date('2026-07-15T09:00:00Z') },
    ]);
    await expectSnapshotsMatchLedger(shop);
  });

  it('keeps the survivor’s balance alive by its own activity only', async () => {
    const shop = await shopOnAClock(database);
    const { client, auth } = shop;
    const program = await buildPointsProgram(client, auth, {
      expiry: { monthsWithoutActivity: 6, noticeDays: 15 },
    });
    const survivor = await buildCustomer(client, auth, { firstName: 'Inès' });
    const duplicate = await buildCustomer(client, auth, { firstName: 'Ines' });
    expect(
      (await purchase(client, auth, { customerId: duplicate.id, amountCents: 1500 })).status,
    ).toBe(201);
    await shop.moveTo('2026-03-01T09:00:00Z');
    expect(
      (await purchase(client, auth, { customerId: survivor.id, amountCents: 2500 })).status,
    ).toBe(201);
    await shop.moveTo('2026-06-01T09:00:00Z');
    await shop.merge(survivor.id, duplicate.id);
    const card = await client.request('GET', `/api/v1/customers/${survivor.id}/card`, auth);
    const points = card.body.programs.find(
      (p: { programId: string }) => p.programId === program.id,
    );
    // The latest of the person's own visits (1 March), not the merge (1 June).
    expect(points.expiry).toMatchObject({ amount: 40, expiresAt: '2026-09-01T09:00:00.000Z' });
    await expectSnapshotsMatchLedger(shop);
  });

  it('anonymises on the person’s own activity: the duplicate’s redemption counts, the merge does not', async () => {
    const shop = await shopOnAClock(database);
    const { client, auth } = shop;
    const program = await buildPointsProgram(client, auth);
    const survivor = await buildCustomer(client, auth, { firstName: 'Inès' });
    const duplicate = await buildCustomer(client, auth, { firstName: 'Ines' });
    expect(
      (await purchase(client, auth, { customerId: duplicate.id, amountCents: 4000 })).status,
    ).toBe(201);
    await shop.moveTo('2026-03-01T09:00:00Z');
    const redeemed = await client.request('POST', '/api/v1/redemptions', {
      ...auth,
      body: { customerId: duplicate.id, rewardId: program.rewards[0].id },
    });
    expect(redeemed.status, JSON.stringify(redeemed.body)).toBe(201);
    // A redemption is dated by the database's clock, not the test's: read it back.
    const { created_at: redeemedAt } = await withMerchant(shop.db, shop.merchantId, (tx) =>
      tx.selectFrom('redemptions').select('created_at').executeTakeFirstOrThrow(),
    );
    // (Within 400 days of today: a session cookie cannot expire later than that.)
    await shop.moveTo('2027-09-01T09:00:00Z');
    await shop.merge(survivor.id, duplicate.id);

    const upcoming = async (at: Date) =>
      (await listRetentionNotices({ db: shop.db, merchantId: shop.merchantId, now: at })).items.map(
        (i: { id: string; anonymisedOn: string }) => [i.id, i.anonymisedOn],
      );
    // Three years after the sign-ups and the sale (15 January 2029) would be too early.
    expect(await upcoming(new Date('2029-01-01T00:00:00Z'))).toEqual([]);
    // Three years after the duplicate's redemption; the merge (September 2027) counts for nothing.
    const threeYearsOn = new Date(redeemedAt);
    threeYearsOn.setUTCFullYear(threeYearsOn.getUTCFullYear() + 3);
    const tenDaysBefore = new Date(threeYearsOn.getTime() - 10 * 86_400_000);
    expect(await upcoming(tenDaysBefore)).toEqual([[survivor.id, threeYearsOn.toISOString()]]);
  });
});
