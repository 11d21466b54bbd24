import pino from 'pino';
import { expect, it } from 'vitest';
import { withMerchant } from '../../src/db/tenant.ts';
import { enqueueJob } from '../../src/jobs/enqueue-job.ts';
import { createJobRunner } from '../../src/jobs/job-runner.ts';
import { describeEachBackend } from '../support/backends.ts';
import { statementLog } from '../support/statement-log.ts';
import { buildMerchant, effectJob, effects, testClock } from './job-fixtures.ts';

const silent = pino({ level: 'silent' });
const log = statementLog();

/**
 * The runner claims merchant by merchant (a Citus cluster routes a locking query only when it
 * names one merchant): one read finds the merchants with due jobs, then each one's share of the
 * free slots is claimed. What that must not cost on one PostgreSQL, and what it must not change.
 */
describeEachBackend(
  'claiming jobs merchant by merchant',
  (database) => {
    it('polls with one read and claims nothing when no job is due, however many shops have jobs waiting', async () => {
      const { db } = database();
      const clock = testClock('2026-12-06T09:00:00Z');
      const job = effectJob('test.later');
      for (let shop = 0; shop < 3; shop += 1) {
        const merchantId = await buildMerchant(db);
        await withMerchant(db, merchantId, (tx) =>
          enqueueJob(tx, job, {
            merchantId,
            payload: { label: `${shop}` },
            now: clock.now(),
            runAt: new Date('2026-12-06T10:00:00Z'),
          }),
        );
      }
      const runner = createJobRunner({ db, logger: silent, now: clock.now, jobs: [job] });
      const { statements } = await log.count(() => runner.runDue());
      const work = statements
        .map((s) => s.text.toLowerCase())
        .filter((text) => !/^(begin|commit|rollback)\b/.test(text));
      expect(work).toHaveLength(1);
      expect(work[0]).toMatch(/^select\b/);
      expect(work[0]).not.toMatch(/for update/);
    });

    it("shares a worker's slots between shops: a shop with a backlog leaves a slot for the next shop's job", async () => {
      const { db } = database();
      const clock = testClock('2026-12-06T09:00:00Z');
      const started: string[] = [];
      const job = effectJob('test.fair', async (_context, payload) => {
        started.push(payload.label);
      });
      const busy = await buildMerchant(db);
      const quiet = await buildMerchant(db);
      // The busy shop's ten jobs were all due before the quiet shop's one.
      await withMerchant(db, busy, async (tx) => {
        for (let n = 0; n < 10; n += 1) {
          await enqueueJob(tx, job, {
            merchantId: busy,
            payload: { label: `busy-${n}` },
            now: clock.now(),
          });
        }
      });
      await withMerchant(db, quiet, (tx) =>
        enqueueJob(tx, job, {
          merchantId: quiet,
          payload: { label: 'quiet' },
          now: clock.now(),
          runAt: new Date('2026-12-06T09:00:01Z'),
        }),
      );
      clock.set('2026-12-06T09:00:02Z');
      const runner = createJobRunner({
        db,
        logger: silent,
        now: clock.now,
        jobs: [job],
        concurrency: 4,
      });
      expect((await runner.runDue()).succeeded).toBe(11);
      // A pass runs its claim's jobs together and claims again once they are done: the first
      // four started are the first claim's.
      expect(started.slice(0, 4)).toContain('quiet');
      expect((await effects(db, busy)).map((e) => e.label).sort()).toEqual(
        Array.from({ length: 10 }, (_, n) => `busy-${n}`).sort(),
      );
    });
  },
  { Client: log.Client },
);
