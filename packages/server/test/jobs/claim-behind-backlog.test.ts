import { sql } from 'kysely';
import pino from 'pino';
import { expect, it } from 'vitest';
import { asSystem, withMerchant } from '../../src/db/tenant.ts';
import { enqueueJob } from '../../src/jobs/enqueue-job.ts';
import { createJobRunner, type JobRunner } from '../../src/jobs/job-runner.ts';
import { describeEachBackend } from '../support/backends.ts';
import { buildMerchant, effectJob, testClock } from './job-fixtures.ts';

const silent = pino({ level: 'silent' });

/**
 * The runner once looked for shops with due work among the 1,000 oldest due jobs only: a shop
 * with a larger backlog (a campaign, an import) hid every other shop until it drained, and
 * sharing the slots between shops could not help a shop it did not see.
 */
describeEachBackend('a shop behind another shop’s backlog', (database) => {
  it("claims a shop's newer job in the first poll when another shop has more due jobs than the runner used to look at", async () => {
    const { db } = database();
    const clock = testClock('2026-12-06T09:00:00Z');
    const started: string[] = [];
    let runner: JobRunner | undefined;
    const job = effectJob('test.backlog', async (_context, payload) => {
      started.push(payload.label);
      // One claim is what this test is about: the runner stops after it instead of draining
      // the backlog.
      void runner?.stop();
    });
    const busy = await buildMerchant(db);
    const quiet = await buildMerchant(db);
    const backlog = 1_001;
    // The busy shop's jobs were all due before the quiet shop's one (written in one statement:
    // enqueuing them one by one would take most of the test's time).
    await asSystem(db, (tx) =>
      sql`
        insert into jobs (merchant_id, id, kind, payload, run_at, max_attempts, created_at)
        select ${busy}, gen_random_uuid(), ${job.kind}, jsonb_build_object('label', 'busy-' || n),
               ${clock.now()}::timestamptz + n * interval '1 ms', 3, ${clock.now()}
          from generate_series(1, ${backlog}) n`.execute(tx),
    );
    await withMerchant(db, quiet, (tx) =>
      enqueueJob(tx, job, {
        merchantId: quiet,
        payload: { label: 'quiet' },
        now: clock.now(),
        runAt: new Date('2026-12-06T09:00:05Z'),
      }),
    );
    clock.set('2026-12-06T09:01:00Z');
    runner = createJobRunner({ db, logger: silent, now: clock.now, jobs: [job], concurrency: 4 });
    const summary = await runner.runDue();
    // The one claim's four jobs: three of the backlog, and the quiet shop's.
    expect(summary.succeeded).toBe(4);
    expect(started).toContain('quiet');
    expect(started.filter((label) => label.startsWith('busy-'))).toHaveLength(3);
  });
});
