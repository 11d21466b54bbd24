import pino from 'pino';
import { expect, it } from 'vitest';
import { withMerchant } from '../../../src/db/tenant.ts';
import { createJobRunner } from '../../../src/jobs/job-runner.ts';
import { createMailer } from '../../../src/mail/mailer.ts';
import { monthlyReportJob } from '../../../src/use-cases/reports/monthly-report-job.ts';
import { testClock } from '../../jobs/job-fixtures.ts';
import { describeEachBackend } from '../../support/backends.ts';
import { buildCustomer, purchase } from '../../support/loyalty-factories.ts';
import { signUpOwner, testClient, testServices } from '../../support/test-app.ts';

describeEachBackend('the monthly report by email', (database) => {
  it('goes to the owner on the 1st at 07:00 shop time, once per month whatever the restarts', async () => {
    const clock = testClock('2026-11-20T10:00:00Z');
    const { db } = database();
    const mailer = createMailer({
      smtpUrl: 'smtp://127.0.0.1:2525',
      from: 'Habitué <no-reply@habitue.test>',
      ratePerMinute: 60,
    });
    // Sign-up without SMTP (no confirmation mail); the job sends through a mailer that has it.
    const client = testClient(testServices(database(), { now: clock.now }));
    const owner = await signUpOwner(client);
    const merchantId: string = owner.merchant.id;
    const auth = { cookie: owner.cookie };
    const alice = await buildCustomer(client, auth, { firstName: 'Alice' });
    expect(
      (await purchase(client, auth, { customerId: alice.id, amountCents: 4_250 })).status,
    ).toBe(201);

    const start = () =>
      createJobRunner({
        db,
        logger: pino({ level: 'silent' }),
        now: clock.now,
        jobs: [],
        recurring: [monthlyReportJob({ mailer, publicUrl: 'https://habitue.test' })],
      });
    const reports = () =>
      withMerchant(db, merchantId, (tx) =>
        tx
          .selectFrom('outbox')
          .select(['idempotency_key', 'to_address', 'subject', 'text_body', 'status'])
          .where('category', '=', 'monthly_report')
          .orderBy('created_at')
          .execute(),
      );
    let runner = start();
    await runner.runDue();
    // 1 December, 06:59 in Paris: not yet.
    clock.set('2026-12-01T05:59:00Z');
    await runner.runDue();
    expect(await reports()).toEqual([]);

    clock.set('2026-12-01T06:00:30Z');
    await runner.runDue();
    const sent = await reports();
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({
      to_address: owner.email,
      status: 'queued',
      idempotency_key: expect.stringMatching(/^monthly_report:2026-11:/),
    });
    expect(sent[0]!.subject).toContain('novembre 2026');
    expect(sent[0]!.text_body).toContain('42,50');
    expect(sent[0]!.text_body).toContain('https://habitue.test/reports/monthly?month=2026-11');

    // A restart (a new runner), more runs the same day and later in the month: still one.
    runner = start();
    await runner.runDue();
    await runner.runDue();
    clock.set('2026-12-15T12:00:00Z');
    await runner.runDue();
    expect(await reports()).toHaveLength(1);

    // 1 January: December's report.
    clock.set('2027-01-01T06:05:00Z');
    await start().runDue();
    const both = await reports();
    expect(both.map((r) => r.idempotency_key.split(':')[1])).toEqual(['2026-11', '2026-12']);
  });
});
