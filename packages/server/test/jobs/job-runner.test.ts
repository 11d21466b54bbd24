import { sql } from 'kysely';
import pino from 'pino';
import { expect, it } from 'vitest';
import { z } from 'zod';
import { withMerchant } from '../../src/db/tenant.ts';
import { defineJob, PermanentJobError } from '../../src/jobs/define-job.ts';
import { enqueueJob } from '../../src/jobs/enqueue-job.ts';
import { createJobRunner } from '../../src/jobs/job-runner.ts';
import { runClaimedJob } from '../../src/jobs/run-claimed-job.ts';
import { claimDueJobs } from '../../src/repositories/jobs.ts';
import { describeEachBackend } from '../support/backends.ts';
import {
  buildMerchant,
  capturedLogger,
  effectJob,
  effects,
  jobRow,
  testClock,
} from './job-fixtures.ts';

const silent = pino({ level: 'silent' });

describeEachBackend('job runner', (database) => {
  it('enqueues in the caller’s transaction: no job when the business write rolls back', async () => {
    const { db } = database();
    const merchantId = await buildMerchant(db);
    const clock = testClock();
    const job = effectJob('test.atomic');
    await expect(
      withMerchant(db, merchantId, async (tx) => {
        await enqueueJob(tx, job, { merchantId, payload: { label: 'lost' }, now: clock.now() });
        throw new Error('the business write failed');
      }),
    ).rejects.toThrow('the business write failed');
    await withMerchant(db, merchantId, (tx) =>
      enqueueJob(tx, job, { merchantId, payload: { label: 'kept' }, now: clock.now() }),
    );
    const runner = createJobRunner({ db, logger: silent, now: clock.now, jobs: [job] });
    expect((await runner.runDue()).succeeded).toBe(1);
    expect((await effects(db, merchantId)).map((e) => e.label)).toEqual(['kept']);
  });

  it('runs a job once per idempotency key, whatever its state when enqueued again', async () => {
    const { db } = database();
    const merchantId = await buildMerchant(db);
    const clock = testClock();
    const job = effectJob('test.occasion');
    const enqueue = () =>
      withMerchant(db, merchantId, (tx) =>
        enqueueJob(tx, job, {
          merchantId,
          payload: { label: 'birthday' },
          now: clock.now(),
          key: 'birthday:customer-1:2027',
        }),
      );
    const first = await enqueue();
    const second = await enqueue();
    expect(first.created).toBe(true);
    expect(second).toEqual({ id: first.id, created: false });
    const runner = createJobRunner({ db, logger: silent, now: clock.now, jobs: [job] });
    await runner.runDue();
    expect((await enqueue()).created).toBe(false);
    await runner.runDue();
    expect(await effects(db, merchantId)).toHaveLength(1);
  });

  it("runs the handler in the job's merchant scope, seeing only that merchant's rows", async () => {
    const { db } = database();
    const merchantId = await buildMerchant(db);
    await buildMerchant(db);
    const clock = testClock();
    const seen: unknown[] = [];
    const job = defineJob({
      kind: 'test.scope',
      payload: z.object({}),
      async handle({ tx }) {
        const { rows } = await sql<{
          merchant: string;
          role: string;
        }>`select current_setting('habitue.merchant_id') as merchant, current_user as role`.execute(
          tx,
        );
        seen.push(rows[0], (await tx.selectFrom('merchants').select('id').execute()).length);
      },
    });
    await withMerchant(db, merchantId, (tx) =>
      enqueueJob(tx, job, { merchantId, payload: {}, now: clock.now() }),
    );
    await createJobRunner({ db, logger: silent, now: clock.now, jobs: [job] }).runDue();
    expect(seen).toEqual([{ merchant: merchantId, role: 'habitue_app' }, 1]);
  });

  it('waits for run-at, then runs when the clock gets there', async () => {
    const { db } = database();
    const merchantId = await buildMerchant(db);
    const clock = testClock('2026-12-06T09:00:00Z');
    const job = effectJob('test.later');
    const { id } = await withMerchant(db, merchantId, (tx) =>
      enqueueJob(tx, job, {
        merchantId,
        payload: { label: 'later' },
        now: clock.now(),
        runAt: new Date('2026-12-06T10:00:00Z'),
      }),
    );
    const runner = createJobRunner({ db, logger: silent, now: clock.now, jobs: [job] });
    clock.set('2026-12-06T09:59:59Z');
    expect((await runner.runDue()).succeeded).toBe(0);
    clock.set('2026-12-06T10:00:00Z');
    expect((await runner.runDue()).succeeded).toBe(1);
    const row = await jobRow(db, merchantId, id);
    expect(row).toMatchObject({ status: 'succeeded', attempts: 1, lease_token: null });
    expect(row.last_started_at).toEqual(new Date('2026-12-06T10:00:00Z'));
  });

  it('retries with exponential back-off, rolling back each failed attempt, then succeeds', async () => {
    const { db } = database();
    const merchantId = await buildMerchant(db);
    const clock = testClock('2026-12-06T09:00:00Z');
    const job = effectJob('test.flaky', async ({ job: { attempt } }) => {
      if (attempt < 3) throw new Error(`SMTP 451 try again later (attempt ${attempt})`);
    });
    const { id } = await withMerchant(db, merchantId, (tx) =>
      enqueueJob(tx, job, { merchantId, payload: { label: 'flaky' }, now: clock.now() }),
    );
    const { logger, lines } = capturedLogger();
    const runner = createJobRunner({ db, logger, now: clock.now, jobs: [job] });
    expect(await runner.runDue()).toMatchObject({ retrying: 1, succeeded: 0 });
    expect(await jobRow(db, merchantId, id)).toMatchObject({
      status: 'queued',
      attempts: 1,
      run_at: new Date('2026-12-06T09:00:30Z'),
      last_error: 'Error: SMTP 451 try again later (attempt 1)',
    });
    clock.set('2026-12-06T09:00:29Z');
    expect(await runner.runDue()).toMatchObject({ retrying: 0, succeeded: 0 });
    clock.set('2026-12-06T09:00:30Z');
    expect(await runner.runDue()).toMatchObject({ retrying: 1 });
    expect((await jobRow(db, merchantId, id)).run_at).toEqual(new Date('2026-12-06T09:01:30Z'));
    clock.set('2026-12-06T09:01:30Z');
    expect(await runner.runDue()).toMatchObject({ succeeded: 1 });
    expect(await jobRow(db, merchantId, id)).toMatchObject({
      status: 'succeeded',
      attempts: 3,
      last_error: null,
    });
    // Only the successful attempt's effect committed.
    expect(await effects(db, merchantId)).toMatchObject([{ label: 'flaky', attempt: 3 }]);
    // One log line per failure, with the message and without a stack.
    const failures = lines.filter((l) => l.msg === 'job failed, will retry');
    expect(failures).toHaveLength(2);
    expect(failures[0]).toMatchObject({ jobId: id, kind: 'test.flaky', attempt: 1 });
    expect(JSON.stringify(failures)).not.toContain('    at ');
  });

  it('marks a job failed with its last error once the attempts are used up', async () => {
    const { db } = database();
    const merchantId = await buildMerchant(db);
    const clock = testClock();
    const job = effectJob(
      'test.broken',
      async () => {
        throw new Error('relay refused: 550 mailbox unavailable');
      },
      2,
    );
    const { id } = await withMerchant(db, merchantId, (tx) =>
      enqueueJob(tx, job, { merchantId, payload: { label: 'broken' }, now: clock.now() }),
    );
    const runner = createJobRunner({ db, logger: silent, now: clock.now, jobs: [job] });
    expect(await runner.runDue()).toMatchObject({ retrying: 1 });
    clock.advance(60_000);
    const failedAt = clock.now();
    expect(await runner.runDue()).toMatchObject({ failed: 1 });
    clock.advance(24 * 3_600_000);
    expect(await runner.runDue()).toMatchObject({ failed: 0, retrying: 0 });
    expect(await jobRow(db, merchantId, id)).toMatchObject({
      status: 'failed',
      attempts: 2,
      last_error: 'Error: relay refused: 550 mailbox unavailable',
      finished_at: failedAt,
    });
    expect(await effects(db, merchantId)).toEqual([]);
  });

  it('fails at once on a permanent error or a payload that no longer fits', async () => {
    const { db } = database();
    const merchantId = await buildMerchant(db);
    const clock = testClock();
    const gone = effectJob('test.gone', async () => {
      throw new PermanentJobError('the customer was erased');
    });
    const { id } = await withMerchant(db, merchantId, async (tx) => {
      // A payload written by older code: stored as-is, checked when run.
      await tx
        .insertInto('jobs')
        .values({
          merchant_id: merchantId,
          id: '01900000-0000-7000-8000-000000000001',
          kind: 'test.gone',
          payload: JSON.stringify({ wrong: true }),
          idempotency_key: null,
          run_at: clock.now(),
          max_attempts: 5,
          created_at: clock.now(),
        })
        .execute();
      return enqueueJob(tx, gone, { merchantId, payload: { label: 'x' }, now: clock.now() });
    });
    const runner = createJobRunner({ db, logger: silent, now: clock.now, jobs: [gone] });
    expect(await runner.runDue()).toMatchObject({ failed: 2 });
    expect(await jobRow(db, merchantId, id)).toMatchObject({
      status: 'failed',
      attempts: 1,
      last_error: 'PermanentJobError: the customer was erased',
    });
    const old = await jobRow(db, merchantId, '01900000-0000-7000-8000-000000000001');
    expect(old.status).toBe('failed');
    expect(old.last_error).toMatch(/^PermanentJobError: The payload does not match/);
  });

  it("takes over a crashed worker's job once its lease expires; the late worker's run is rolled back", async () => {
    const { db } = database();
    const merchantId = await buildMerchant(db);
    const clock = testClock('2026-12-06T09:00:00Z');
    const job = effectJob('test.lease');
    const { id } = await withMerchant(db, merchantId, (tx) =>
      enqueueJob(tx, job, { merchantId, payload: { label: 'lease' }, now: clock.now() }),
    );
    // Worker A claims the job and then stops answering (a crash, a long pause).
    const stale = await db.transaction().execute((tx) =>
      claimDueJobs(tx, {
        merchantId,
        kinds: ['test.lease'],
        now: clock.now(),
        limit: 1,
        leaseToken: '01900000-0000-7000-8000-00000000000a',
        leaseOwner: 'worker-a',
        leaseExpiresAt: new Date('2026-12-06T09:05:00Z'),
      }),
    );
    expect(stale).toHaveLength(1);
    const b = createJobRunner({ db, logger: silent, now: clock.now, jobs: [job], leaseMs: 60_000 });
    clock.set('2026-12-06T09:04:59Z');
    expect((await b.runDue()).succeeded).toBe(0);
    clock.set('2026-12-06T09:05:00Z');
    expect((await b.runDue()).succeeded).toBe(1);
    // Worker A wakes up and finishes its run: it no longer holds the lease.
    const late = await runClaimedJob({ db, logger: silent, now: clock.now }, job, stale[0]!);
    expect(late).toBe('lease-lost');
    expect(await effects(db, merchantId)).toHaveLength(1);
    expect(await jobRow(db, merchantId, id)).toMatchObject({ status: 'succeeded', attempts: 2 });
  });

  it('gives up on a job whose worker died during its last allowed attempt', async () => {
    const { db } = database();
    const merchantId = await buildMerchant(db);
    const clock = testClock('2026-12-06T09:00:00Z');
    const job = effectJob('test.killer', undefined, 1);
    const { id } = await withMerchant(db, merchantId, (tx) =>
      enqueueJob(tx, job, { merchantId, payload: { label: 'k' }, now: clock.now() }),
    );
    await db.transaction().execute((tx) =>
      claimDueJobs(tx, {
        merchantId,
        kinds: ['test.killer'],
        now: clock.now(),
        limit: 1,
        leaseToken: '01900000-0000-7000-8000-00000000000b',
        leaseOwner: 'worker-a',
        leaseExpiresAt: new Date('2026-12-06T09:05:00Z'),
      }),
    );
    clock.set('2026-12-06T09:05:00Z');
    const runner = createJobRunner({ db, logger: silent, now: clock.now, jobs: [job] });
    expect(await runner.runDue()).toMatchObject({ failed: 1, succeeded: 0 });
    expect(await jobRow(db, merchantId, id)).toMatchObject({
      status: 'failed',
      last_error: 'The worker stopped during the last allowed attempt (its lease expired).',
    });
    expect(await effects(db, merchantId)).toEqual([]);
  });

  it('runs each job once when two runners claim at the same time', async () => {
    const { db } = database();
    const merchants = [await buildMerchant(db), await buildMerchant(db)];
    const clock = testClock();
    const job = effectJob('test.concurrent');
    for (const merchantId of merchants) {
      await withMerchant(db, merchantId, async (tx) => {
        for (let n = 0; n < 20; n += 1) {
          await enqueueJob(tx, job, { merchantId, payload: { label: `${n}` }, now: clock.now() });
        }
      });
    }
    const runners = ['a', 'b'].map((name) =>
      createJobRunner({
        db,
        logger: silent,
        now: clock.now,
        jobs: [job],
        workerId: name,
        concurrency: 3,
      }),
    );
    const [a, b] = await Promise.all(runners.map((r) => r.runDue()));
    expect(a!.succeeded + b!.succeeded).toBe(40);
    for (const merchantId of merchants) {
      const labels = (await effects(db, merchantId)).map((e) => e.label);
      expect(labels).toHaveLength(20);
      expect(new Set(labels).size).toBe(20);
    }
  });

  it('claims only the kinds it knows, leaving others for the workers that do', async () => {
    const { db } = database();
    const merchantId = await buildMerchant(db);
    const clock = testClock();
    const known = effectJob('test.known');
    const other = effectJob('test.other-version');
    await withMerchant(db, merchantId, async (tx) => {
      await enqueueJob(tx, known, { merchantId, payload: { label: 'k' }, now: clock.now() });
      await enqueueJob(tx, other, { merchantId, payload: { label: 'o' }, now: clock.now() });
    });
    await createJobRunner({ db, logger: silent, now: clock.now, jobs: [known] }).runDue();
    await createJobRunner({ db, logger: silent, now: clock.now, jobs: [other] }).runDue();
    expect((await effects(db, merchantId)).map((e) => e.label)).toEqual(['k', 'o']);
  });
});
