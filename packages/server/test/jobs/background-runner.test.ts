import pino from 'pino';
import { expect, it, vi } from 'vitest';
import { withMerchant } from '../../src/db/tenant.ts';
import { enqueueJob } from '../../src/jobs/enqueue-job.ts';
import { createJobRunner } from '../../src/jobs/job-runner.ts';
import { describeEachBackend } from '../support/backends.ts';
import { buildMerchant, effectJob, effects, jobRow, testClock } from './job-fixtures.ts';

const silent = pino({ level: 'silent' });

/** A promise the test resolves when it decides: a handler waits on it mid-run. */
function gate() {
  let open = () => {};
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { opened, open };
}

describeEachBackend('job runner in the background', (database) => {
  it('keeps running other jobs while one is long, and on stop lets it finish and claims no more', async () => {
    const { db } = database();
    const merchantId = await buildMerchant(db);
    const clock = testClock();
    const long = gate();
    const started = gate();
    const job = effectJob('test.background', async (_context, { label }) => {
      if (label !== 'long') return;
      started.open();
      await long.opened;
    });
    const enqueue = (label: string) =>
      withMerchant(db, merchantId, (tx) =>
        enqueueJob(tx, job, { merchantId, payload: { label }, now: clock.now() }),
      );
    const longJob = await enqueue('long');
    const runner = createJobRunner({
      db,
      logger: silent,
      now: clock.now,
      jobs: [job],
      pollMs: 10,
      concurrency: 2,
    });
    runner.start();
    await started.opened;
    await enqueue('quick-1');
    await enqueue('quick-2');
    await vi.waitFor(async () => expect(await effects(db, merchantId)).toHaveLength(2), {
      timeout: 20_000,
    });
    expect((await effects(db, merchantId)).map((e) => e.label).sort()).toEqual([
      'quick-1',
      'quick-2',
    ]);
    const stopped = runner.stop({ graceMs: 60_000 });
    const late = await enqueue('after-stop');
    long.open();
    await stopped;
    expect((await jobRow(db, merchantId, longJob.id)).status).toBe('succeeded');
    expect((await jobRow(db, merchantId, late.id)).status).toBe('queued');
  });

  it('gives back the jobs of a claim still going on when stop is called, and waits for the rest', async () => {
    const { db } = database();
    const merchantId = await buildMerchant(db);
    const clock = testClock();
    const job = effectJob('test.claim-at-stop', async () => {});
    let runner: ReturnType<typeof createJobRunner> | undefined;
    let stopped: Promise<void> | undefined;
    let armed = false;
    // The runner reads its clock as a claim begins: stopping right there is `stop` arriving
    // while the claim's statement is on its way to the database.
    const now = () => {
      if (armed && runner) {
        armed = false;
        stopped = runner.stop({ graceMs: 60_000 });
      }
      return clock.now();
    };
    const { id } = await withMerchant(db, merchantId, (tx) =>
      enqueueJob(tx, job, { merchantId, payload: { label: 'at-stop' }, now: clock.now() }),
    );
    runner = createJobRunner({ db, logger: silent, now, jobs: [job], pollMs: 10 });
    armed = true;
    runner.start();
    await vi.waitFor(() => expect(stopped).toBeDefined(), { timeout: 20_000 });
    await stopped;
    expect(await jobRow(db, merchantId, id)).toMatchObject({ status: 'queued', attempts: 0 });
    expect(await effects(db, merchantId)).toHaveLength(0);
  });

  it('does not wait on a job that outlives its lease while its run still holds it', async () => {
    const { db } = database();
    const merchantId = await buildMerchant(db);
    const clock = testClock('2026-12-06T09:00:00Z');
    const slow = gate();
    const started = gate();
    const job = effectJob(
      'test.outlives-lease',
      async () => {
        started.open();
        await slow.opened;
      },
      1,
    );
    const { id } = await withMerchant(db, merchantId, (tx) =>
      enqueueJob(tx, job, { merchantId, payload: { label: 'slow' }, now: clock.now() }),
    );
    const a = createJobRunner({ db, logger: silent, now: clock.now, jobs: [job], leaseMs: 60_000 });
    const first = a.runDue();
    await started.opened;
    // Far past the lease, on its last allowed attempt: another worker must neither take the
    // job over nor block on it while the first run's transaction still holds the row.
    clock.set('2026-12-06T10:00:00Z');
    const b = createJobRunner({ db, logger: silent, now: clock.now, jobs: [job] });
    expect(await b.runDue()).toMatchObject({ succeeded: 0, failed: 0 });
    slow.open();
    expect(await first).toMatchObject({ succeeded: 1 });
    expect(await jobRow(db, merchantId, id)).toMatchObject({ status: 'succeeded', attempts: 1 });
    expect(await effects(db, merchantId)).toHaveLength(1);
  });
});
