import pino from 'pino';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { asSystem } from '../../../src/db/tenant.ts';
import { createJobRunner } from '../../../src/jobs/job-runner.ts';
import { serverJobs } from '../../../src/jobs/server-jobs.ts';
import { createMailer } from '../../../src/mail/mailer.ts';
import { testClock } from '../../jobs/job-fixtures.ts';
import { type SmtpTestServer, startSmtpTestServer } from '../../mail/smtp-test-server.ts';
import { describeEachBackend } from '../../support/backends.ts';
import { buildCustomer, buildStampCard, purchase } from '../../support/loyalty-factories.ts';
import { signUpOwner, testClient, testServices } from '../../support/test-app.ts';

/** z of a two-sided 80 % interval, written out here rather than taken from the code tested. */
const Z_80 = 1.2815515655446004;
const PUBLIC_URL = 'https://boulangerie.example.fr';
const FROM = 'Boulangerie <bonjour@example.fr>';
const EMAIL_YES = [{ channel: 'email', granted: true, source: 'counter', wordingVersion: 'fr-1' }];

/** The sample mean and variance (n − 1), by hand. */
function meanAndVariance(values: readonly number[]) {
  const mean = values.reduce((s, v) => s + v, 0) / values.length;
  const variance = values.reduce((s, v) => s + (v - mean) ** 2, 0) / (values.length - 1);
  return { mean, variance };
}

describeEachBackend('program returns: a real campaign’s control group rolled up', (database) => {
  let smtp: SmtpTestServer;
  beforeAll(async () => {
    smtp = await startSmtpTestServer();
  });
  afterAll(async () => {
    await smtp.close();
  });

  it('adds up what the messages brought from the customers they were sent to and those held back', async () => {
    const clock = testClock('2026-12-06T09:00:00Z');
    const mailer = createMailer({ smtpUrl: smtp.url, from: FROM, ratePerMinute: 1_000 });
    const base = testServices(database(), { now: clock.now, mailer });
    const client = testClient({ ...base, config: { ...base.config, publicUrl: PUBLIC_URL } });
    // Signing up with SMTP on asks to confirm the address: the owner signs up without it.
    const owner = await signUpOwner(testClient(testServices(database(), { now: clock.now })));
    const auth = { cookie: owner.cookie };
    await buildStampCard(client, auth);
    for (let i = 0; i < 40; i += 1) {
      await buildCustomer(client, auth, {
        firstName: `Client ${i}`,
        email: `client${i}@example.fr`,
        consents: EMAIL_YES,
      });
    }
    const created = await client.request('POST', '/api/v1/campaigns', {
      ...auth,
      body: {
        name: 'Vous nous manquez',
        channel: 'email',
        segment: {},
        subject: 'Vous nous manquez',
        body: 'Bonjour {{prenom}}',
        controlShare: 0.5,
      },
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const id = created.body.id as string;
    const sent = await client.request('POST', `/api/v1/campaigns/${id}/send`, auth);
    expect(sent.status, JSON.stringify(sent.body)).toBe(200);
    const runner = createJobRunner({
      db: database().db,
      logger: pino({ level: 'silent' }),
      now: clock.now,
      ...serverJobs({ webhooks: { allowPrivate: true }, publicUrl: PUBLIC_URL }, mailer),
    });
    await runner.runDue();
    await runner.runDue();
    const recipients = await asSystem(database().db, (tx) =>
      tx
        .selectFrom('campaign_recipients')
        .select(['customer_id', 'in_control'])
        .where('merchant_id', '=', owner.merchant.id)
        .where('campaign_id', '=', id)
        .execute(),
    );
    expect(recipients).toHaveLength(40);
    const messaged = recipients.filter((r) => !r.in_control).map((r) => r.customer_id);
    const control = recipients.filter((r) => r.in_control).map((r) => r.customer_id);
    // Binomial(40, 0.5): fewer than 4 on either side is a one-in-a-million draw.
    expect(messaged.length).toBeGreaterThanOrEqual(4);
    expect(control.length).toBeGreaterThanOrEqual(2);

    // Within the 30 days after the send: four of the messaged come back, one held-back customer.
    clock.advance(20 * 3_600_000);
    const sentSpend = [1_000, 2_000, 3_000, 4_000];
    for (const [i, cents] of sentSpend.entries()) {
      const r = await purchase(client, auth, { customerId: messaged[i]!, amountCents: cents });
      expect(r.status).toBe(201);
    }
    expect(
      (await purchase(client, auth, { customerId: control[0]!, amountCents: 500 })).status,
    ).toBe(201);

    const r = await client.request('GET', '/api/v1/analytics/program-returns', auth);
    expect(r.status, JSON.stringify(r.body)).toBe(200);

    // By hand: revenue per customer in each group (zeros for those who did not come), Welch's
    // standard error of the difference, then scaled to the customers the message went to.
    const sentRevenue = messaged.map((_, i) => sentSpend[i] ?? 0);
    const controlRevenue = control.map((_, i) => (i === 0 ? 500 : 0));
    const s = meanAndVariance(sentRevenue);
    const c = meanAndVariance(controlRevenue);
    const perCustomer = s.mean - c.mean;
    const se = Math.sqrt(s.variance / messaged.length + c.variance / control.length);
    const incremental = 10_000 - (500 * messaged.length) / control.length;
    expect(perCustomer * messaged.length).toBeCloseTo(incremental, 9);

    expect(r.body.actions).toEqual([
      {
        kind: 'campaign',
        id,
        name: 'Vous nous manquez',
        sent: messaged.length,
        control: control.length,
        extraRevenuePerCustomerCents: expect.closeTo(perCustomer, 9),
      },
    ]);
    const rolled = r.body.rolledUp;
    expect(rolled).toMatchObject({ measured: 1, customers: messaged.length });
    expect(rolled.incrementalRevenueCents).toBeCloseTo(incremental, 6);
    expect(rolled.incrementalRevenueIntervalCents[0]).toBeCloseTo(
      incremental - Z_80 * se * messaged.length,
      6,
    );
    expect(rolled.incrementalRevenueIntervalCents[1]).toBeCloseTo(
      incremental + Z_80 * se * messaged.length,
      6,
    );
    expect(rolled.incrementalMarginCents).toBeCloseTo(incremental * r.body.marginRate, 6);
    expect(r.body.marginRate).toBe(0.3);
  });
});
