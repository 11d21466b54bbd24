import pino from 'pino';
import { expect, it } from 'vitest';
import { withMerchant } from '../../src/db/tenant.ts';
import { defineJob } from '../../src/jobs/define-job.ts';
import { createJobRunner } from '../../src/jobs/job-runner.ts';
import { OccasionPayload } from '../../src/jobs/recurring-job.ts';
import { daily } from '../../src/jobs/schedule.ts';
import { describeEachBackend } from '../support/backends.ts';
import { buildMerchant, capturedLogger, effects, recordEffect, testClock } from './job-fixtures.ts';

const silent = pino({ level: 'silent' });

/** A recurring job whose effect records the occasion it handled. */
function occasionJob(kind: string) {
  return defineJob({
    kind,
    payload: OccasionPayload,
    async handle(context, { occasion }) {
      await recordEffect(context, occasion);
    },
  });
}

async function occasions(db: Parameters<typeof effects>[0], merchantId: string) {
  return (await effects(db, merchantId)).map((e) => e.label);
}

describeEachBackend('recurring jobs', (database) => {
  it("runs every day at 06:00 in the shop's time zone, across the spring clock change", async () => {
    const { db } = database();
    const paris = await buildMerchant(db, { timeZone: 'Europe/Paris' });
    const clock = testClock('2026-03-27T12:00:00Z');
    const job = occasionJob('test.daily-paris');
    const runner = createJobRunner({
      db,
      logger: silent,
      now: clock.now,
      jobs: [],
      recurring: [{ job, schedule: daily('06:00') }],
    });
    await runner.runDue();
    const schedule = await withMerchant(db, paris, (tx) =>
      tx.selectFrom('job_schedules').selectAll().executeTakeFirstOrThrow(),
    );
    expect(schedule.next_run_at).toEqual(new Date('2026-03-28T05:00:00Z'));
    clock.set('2026-03-28T04:59:59Z');
    expect((await runner.runDue()).succeeded).toBe(0);
    clock.set('2026-03-28T05:00:00Z');
    expect(await runner.runDue()).toMatchObject({ scheduled: 1, succeeded: 1 });
    clock.set('2026-03-29T03:59:59Z');
    expect((await runner.runDue()).succeeded).toBe(0);
    clock.set('2026-03-29T04:00:00Z'); // 06:00 summer time
    expect(await runner.runDue()).toMatchObject({ scheduled: 1, succeeded: 1 });
    expect(await occasions(db, paris)).toEqual(['2026-03-28T06:00', '2026-03-29T06:00']);
  });

  it('catches up on the occurrences missed while no server ran, each once', async () => {
    const { db } = database();
    const merchantId = await buildMerchant(db, { timeZone: 'Europe/Paris' });
    const clock = testClock('2026-12-01T12:00:00Z');
    const job = occasionJob('test.catch-up');
    const options = {
      db,
      logger: silent,
      now: clock.now,
      jobs: [],
      recurring: [{ job, schedule: daily('06:00') }],
    };
    await createJobRunner(options).runDue();
    // The server is stopped for three days, then started again.
    clock.set('2026-12-04T18:00:00Z');
    const restarted = createJobRunner(options);
    await restarted.runDue();
    await restarted.runDue();
    expect((await occasions(db, merchantId)).sort()).toEqual([
      '2026-12-02T06:00',
      '2026-12-03T06:00',
      '2026-12-04T06:00',
    ]);
  });

  it('gives each shop its own 06:00, new shops included', async () => {
    const { db } = database();
    const paris = await buildMerchant(db, { timeZone: 'Europe/Paris' });
    const clock = testClock('2026-01-10T12:00:00Z');
    const job = occasionJob('test.each-shop');
    const runner = createJobRunner({
      db,
      logger: silent,
      now: clock.now,
      jobs: [],
      recurring: [{ job, schedule: daily('06:00') }],
      scheduleRefreshMs: 3_600_000,
    });
    await runner.runDue();
    const martinique = await buildMerchant(db, { timeZone: 'America/Martinique' });
    clock.set('2026-01-11T05:00:00Z'); // 06:00 in Paris, 01:00 in Martinique
    await runner.runDue();
    expect(await occasions(db, paris)).toEqual(['2026-01-11T06:00']);
    expect(await occasions(db, martinique)).toEqual([]);
    clock.set('2026-01-11T10:00:00Z'); // 06:00 in Martinique
    await runner.runDue();
    expect(await occasions(db, martinique)).toEqual(['2026-01-11T06:00']);
    expect(await occasions(db, paris)).toEqual(['2026-01-11T06:00']);
  });

  it('enqueues one job per occurrence when two processes see it due at once', async () => {
    const { db } = database();
    const merchantId = await buildMerchant(db, { timeZone: 'Europe/Paris' });
    const clock = testClock('2026-06-01T12:00:00Z');
    const job = occasionJob('test.two-processes');
    const runners = ['a', 'b'].map((workerId) =>
      createJobRunner({
        db,
        logger: silent,
        now: clock.now,
        jobs: [],
        workerId,
        recurring: [{ job, schedule: daily('06:00') }],
      }),
    );
    await Promise.all(runners.map((r) => r.runDue()));
    clock.set('2026-06-05T04:00:00Z');
    await Promise.all(runners.map((r) => r.runDue()));
    const jobs = await withMerchant(db, merchantId, (tx) =>
      tx.selectFrom('jobs').select('idempotency_key').orderBy('run_at').execute(),
    );
    expect(jobs.map((j) => j.idempotency_key)).toEqual([
      'at:2026-06-02T06:00',
      'at:2026-06-03T06:00',
      'at:2026-06-04T06:00',
      'at:2026-06-05T06:00',
    ]);
    expect((await occasions(db, merchantId)).sort()).toEqual([
      '2026-06-02T06:00',
      '2026-06-03T06:00',
      '2026-06-04T06:00',
      '2026-06-05T06:00',
    ]);
  });
});

describeEachBackend('recurring jobs that cannot be scheduled', (database) => {
  it("reports a shop whose schedule cannot be computed, hourly, and keeps every other shop's running", async () => {
    const { db } = database();
    // Nothing in the database stops a time zone the runtime does not know.
    const broken = await buildMerchant(db, { timeZone: 'Mars/Olympus_Mons' });
    const healthy = await buildMerchant(db, { timeZone: 'Europe/Paris' });
    const clock = testClock('2026-06-01T12:00:00Z');
    const job = occasionJob('test.broken-zone');
    const { logger, lines } = capturedLogger();
    const runner = createJobRunner({
      db,
      logger,
      now: clock.now,
      jobs: [],
      recurring: [{ job, schedule: daily('06:00') }],
    });
    await runner.runDue();
    await runner.runDue();
    clock.set('2026-06-02T04:00:00Z');
    await runner.runDue();
    expect(await occasions(db, healthy)).toEqual(['2026-06-02T06:00']);
    expect(await occasions(db, broken)).toEqual([]);
    const errors = lines.filter(
      (l) => l.msg === 'recurring job cannot be scheduled; trying again in an hour',
    );
    expect(errors.map((l) => l.merchantId)).toEqual([broken, broken]);
  });
});
