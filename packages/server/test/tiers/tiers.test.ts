import pino from 'pino';
import { afterEach, expect, it } from 'vitest';
import { createJobRunner } from '../../src/jobs/job-runner.ts';
import { REVIEW_TIERS } from '../../src/jobs/kinds/review-tiers.ts';
import { deliverWebhookJob } from '../../src/webhooks/deliver-webhook.ts';
import { signInMember } from '../http/team-members.ts';
import { importCsv } from '../import/import-file.ts';
import { testClock } from '../jobs/job-fixtures.ts';
import { describeEachBackend } from '../support/backends.ts';
import { buildCustomer, buildPointsProgram, purchase } from '../support/loyalty-factories.ts';
import {
  sessionCookie,
  signUpOwner,
  type TestClient,
  testClient,
  testServices,
} from '../support/test-app.ts';
import { startReceiver } from '../webhooks/receiver.ts';

const receivers: { close(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(receivers.splice(0).map((r) => r.close()));
});

const BENEFITS = { pointsMultiplierPercent: 100, discountPercent: 0, perks: [] };

/** Bronze for everyone; Or from 100 € over 12 months, or after `seniorityMonths` as a customer. */
function ladder(or: Record<string, number> = { spendCents: 10_000 }) {
  return {
    windowMonths: 12,
    review: { periodMonths: 12, graceMonths: 3 },
    levels: [
      { id: 'bronze', name: 'Bronze', colour: '#a0522d', criteria: {}, benefits: BENEFITS },
      {
        id: 'or',
        name: 'Or',
        colour: '#c9a227',
        criteria: or,
        benefits: { pointsMultiplierPercent: 200, discountPercent: 5, perks: ['Avant-premières'] },
      },
    ],
  };
}

describeEachBackend('tiers', (database) => {
  async function shop(start: string) {
    const clock = testClock(start);
    const client = testClient(testServices(database(), { now: clock.now }));
    const owner = await signUpOwner(client);
    const receiver = await startReceiver();
    receivers.push(receiver);
    const auth = { cookie: owner.cookie as string };
    const hook = await client.request('POST', '/api/v1/webhooks', {
      ...auth,
      body: { url: receiver.url, events: ['tier.changed'] },
    });
    expect(hook.status).toBe(201);
    const runner = createJobRunner({
      db: database().db,
      logger: pino({ level: 'silent' }),
      now: clock.now,
      jobs: [deliverWebhookJob({ allowPrivate: true })],
      recurring: [REVIEW_TIERS],
    });
    /** Sessions last a day: sign in again after moving the clock. */
    const signIn = async () => {
      const login = await client.request('POST', '/api/v1/auth/login', {
        body: { email: owner.email, password: owner.password },
      });
      auth.cookie = sessionCookie(login.headers);
    };
    const tierEvents = async () => {
      await runner.runDue();
      return receiver.received
        .map((m) => JSON.parse(m.body))
        .filter((e) => e.type === 'tier.changed')
        .map((e) => e.data);
    };
    return { client, owner, auth, clock, runner, signIn, tierEvents };
  }

  async function saveLadder(client: TestClient, auth: { cookie: string }, body: unknown) {
    return client.request('PUT', '/api/v1/tier-ladder', { ...auth, body });
  }

  it('keeps one ladder per shop, versioned, and refuses a bad one with the setting at fault', async () => {
    const { client, auth } = await shop('2026-03-10T10:00:00Z');
    expect((await client.request('GET', '/api/v1/tier-ladder', auth)).body).toEqual({
      ladder: null,
      version: null,
      updatedAt: null,
    });
    const first = await saveLadder(client, auth, ladder());
    expect(first.status).toBe(200);
    expect(first.body.version).toBe(1);
    const second = await saveLadder(client, auth, ladder({ spendCents: 20_000 }));
    expect(second.body.version).toBe(2);
    const read = await client.request('GET', '/api/v1/tier-ladder', auth);
    expect(read.body.ladder.levels[1].criteria).toEqual({ spendCents: 20_000 });

    const bad = ladder();
    (bad.levels[0] as { criteria: object }).criteria = { visits: 2 };
    const refused = await saveLadder(client, auth, bad);
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('invalid_tier_ladder');
    expect(refused.body.errors).toEqual([
      expect.objectContaining({ field: 'levels.0.criteria', code: 'lowest_has_criteria' }),
    ]);
    const lower = ladder();
    lower.levels[1]!.benefits = { ...BENEFITS, pointsMultiplierPercent: 100, discountPercent: 0 };
    lower.levels[0]!.benefits = { ...BENEFITS, discountPercent: 10 };
    const decreasing = await saveLadder(client, auth, lower);
    expect(decreasing.body.errors[0]).toMatchObject({
      field: 'levels.1.benefits.discountPercent',
      code: 'benefit_decreases',
    });
    // Refused writes leave the saved ladder as it was.
    expect((await client.request('GET', '/api/v1/tier-ladder', auth)).body.version).toBe(2);

    // Managers set the ladder; the counter staff read it but may not change it.
    const manager = await signInMember(client, auth, 'manager');
    expect((await saveLadder(client, manager, ladder())).body.version).toBe(3);
    const staff = await signInMember(client, auth, 'staff');
    expect((await client.request('GET', '/api/v1/tier-ladder', staff)).status).toBe(200);
    const refusedToStaff = await saveLadder(client, staff, ladder());
    expect(refusedToStaff.status).toBe(403);
    expect((await client.request('DELETE', '/api/v1/tier-ladder', staff)).status).toBe(403);

    const removed = await client.request('DELETE', '/api/v1/tier-ladder', auth);
    expect(removed.body.ladder).toBeNull();
    expect((await client.request('DELETE', '/api/v1/tier-ladder', auth)).status).toBe(404);
  });

  it('a customer climbs on spend at the counter, earns at their level, and a refund takes it back', async () => {
    const { client, auth, tierEvents } = await shop('2026-03-10T10:00:00Z');
    const program = await buildPointsProgram(client, auth);
    const customer = await buildCustomer(client, auth);
    const cardOf = async () =>
      (await client.request('GET', `/api/v1/customers/${customer.id}/card`, auth)).body;
    expect((await cardOf()).tier).toBeNull();
    expect((await saveLadder(client, auth, ladder())).status).toBe(200);

    const first = await purchase(client, auth, { customerId: customer.id, amountCents: 6000 });
    expect(first.body.awarded).toEqual([{ programId: program.id, amount: 60, unit: 'points' }]);
    expect(first.body.tier).toEqual({
      name: 'Bronze',
      since: '2026-03-10',
      until: null,
      keep: null,
      next: { name: 'Or', spendLeftCents: 4000, visitsLeft: null, eligibleOn: null },
    });
    // The purchase that lifts the customer earns at the level held before it.
    const second = await purchase(client, auth, { customerId: customer.id, amountCents: 5000 });
    expect(second.body.awarded[0].amount).toBe(50);
    expect(second.body.tier).toMatchObject({ name: 'Or', since: '2026-03-10', next: null });
    expect(second.body.tierLevel).toMatchObject({
      id: 'or',
      colour: '#c9a227',
      benefits: { pointsMultiplierPercent: 200, discountPercent: 5, perks: ['Avant-premières'] },
      reviewOn: '2026-12-31',
    });
    const third = await purchase(client, auth, { customerId: customer.id, amountCents: 1000 });
    expect(third.body.awarded[0].amount).toBe(20);

    const card = await cardOf();
    expect(card.tier).toEqual({
      name: 'Or',
      since: '2026-03-10',
      // Reviewed at the end of 2027: these purchases will have left the window, 3 months' grace.
      until: '2028-03-31',
      keep: { spendLeftCents: 10_000, visitsLeft: null },
      next: null,
    });
    const detail = await client.request('GET', `/api/v1/customers/${customer.id}`, auth);
    expect(detail.body.tier.name).toBe('Or');
    const publicCard = await client.request('GET', `/api/v1/public/cards/${customer.cardToken}`);
    expect(publicCard.body.tier.name).toBe('Or');
    expect(publicCard.body.tierLevel.benefits.perks).toEqual(['Avant-premières']);

    // Refunding the purchase that made the level takes it back at once (70 € < 100 €).
    const refund = await client.request(
      'POST',
      `/api/v1/purchases/${second.body.purchaseId}/refund`,
      auth,
    );
    expect(refund.status).toBe(201);
    expect((await cardOf()).tier).toMatchObject({
      name: 'Bronze',
      next: { name: 'Or', spendLeftCents: 3000 },
    });
    const after = await purchase(client, auth, { customerId: customer.id, amountCents: 1000 });
    expect(after.body.awarded[0].amount).toBe(10);

    expect(await tierEvents()).toEqual([
      expect.objectContaining({
        customerId: customer.id,
        from: { id: 'bronze', name: 'Bronze' },
        to: { id: 'or', name: 'Or' },
        direction: 'up',
        cause: 'purchase',
      }),
      expect.objectContaining({
        from: { id: 'or', name: 'Or' },
        to: { id: 'bronze', name: 'Bronze' },
        direction: 'down',
        cause: 'refund',
      }),
    ]);
  });

  it('lets a long-standing customer into the inner circle by the daily review, announced once', async () => {
    const { client, auth, clock, signIn, tierEvents } = await shop('2026-01-05T10:00:00Z');
    await buildPointsProgram(client, auth);
    const inner = ladder({ seniorityMonths: 12 });
    inner.levels[1]!.name = 'Cercle rapproché';
    expect((await saveLadder(client, auth, inner)).status).toBe(200);
    const customer = await buildCustomer(client, auth);
    const cardOf = async () =>
      (await client.request('GET', `/api/v1/customers/${customer.id}/card`, auth)).body;
    // A new customer is told when they will join.
    expect((await cardOf()).tier.next).toEqual({
      name: 'Cercle rapproché',
      spendLeftCents: null,
      visitsLeft: null,
      eligibleOn: '2027-01-05',
    });
    // The first night's review records everyone's level (the schedule starts the night after).
    clock.set('2026-06-01T22:30:00Z');
    expect(await tierEvents()).toEqual([]);
    clock.set('2026-06-02T22:30:00Z');
    expect(await tierEvents()).toEqual([]);

    clock.set('2027-01-05T23:30:00Z');
    await signIn();
    const events = await tierEvents();
    expect(events).toEqual([
      expect.objectContaining({
        customerId: customer.id,
        to: { id: 'or', name: 'Cercle rapproché' },
        direction: 'up',
        since: '2027-01-05',
        cause: 'review',
      }),
    ]);
    expect((await cardOf()).tier).toMatchObject({
      name: 'Cercle rapproché',
      until: null,
      keep: null,
    });
    clock.set('2027-01-07T23:30:00Z');
    expect(await tierEvents()).toHaveLength(1);
  });

  it("leaves imported purchases out of a customer's level: history earns no tier, and no message", async () => {
    const { client, owner, auth, clock, signIn, tierEvents } = await shop('2026-12-05T10:00:00Z');
    await buildPointsProgram(client, auth);
    expect((await saveLadder(client, auth, ladder())).status).toBe(200);
    const customer = await buildCustomer(client, auth, { email: 'lea@example.org' });
    // The first night's review records everyone's level, silently.
    clock.set('2026-12-05T23:30:00Z');
    expect(await tierEvents()).toEqual([]);
    const imported = await importCsv(
      database().db,
      owner.merchant.id,
      'email;date;montant\nlea@example.org;2026-11-02;300,00\nlea@example.org;2026-11-20;250,00\n',
    );
    expect(imported).toMatchObject({ status: 'imported', counts: { purchasesAdded: 2 } });
    clock.set('2026-12-06T23:30:00Z');
    await signIn();
    expect(await tierEvents()).toEqual([]);
    const card = await client.request('GET', `/api/v1/customers/${customer.id}/card`, auth);
    expect(card.body.tier.name).toBe('Bronze');
  });
});
