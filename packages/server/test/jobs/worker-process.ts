/**
 * A job worker in its own process, for the kill -9 test: `node --import tsx worker-process.ts
 * enqueue|work|inspect` on the database the environment names (as `habitue start` would).
 * The clock is fixed by JOB_CLOCK; with JOB_HANG=1 the handler writes its effect, says so on
 * stdout and then never finishes, so the test can kill the process in the middle of the job.
 */
import pino from 'pino';
import { loadConfig } from '../../src/config/config.ts';
import { openStorage } from '../../src/db/open-storage.ts';
import { withMerchant } from '../../src/db/tenant.ts';
import { enqueueJob } from '../../src/jobs/enqueue-job.ts';
import { createJobRunner } from '../../src/jobs/job-runner.ts';
import { buildMerchant, effectJob, effects, jobRow } from './job-fixtures.ts';

export const IN_HANDLER = 'in-handler';

const job = effectJob('test.kill-nine', async () => {
  if (process.env.JOB_HANG !== '1') return;
  process.stdout.write(`${IN_HANDLER}\n`);
  await new Promise(() => {});
});

const now = () => new Date(process.env.JOB_CLOCK ?? '2026-12-06T09:00:00Z');
const storage = await openStorage(loadConfig().database, { command: 'job worker (test)' });
const { db } = storage;
const [mode, merchantId = '', jobId = ''] = process.argv.slice(2);
if (mode === 'enqueue') {
  const merchant = await buildMerchant(db);
  const { id } = await withMerchant(db, merchant, (tx) =>
    enqueueJob(tx, job, { merchantId: merchant, payload: { label: 'once' }, now: now() }),
  );
  process.stdout.write(`${JSON.stringify({ merchantId: merchant, jobId: id })}\n`);
} else if (mode === 'work') {
  const logger = pino({ level: 'warn' }, pino.destination(2));
  const runner = createJobRunner({ db, logger, now, jobs: [job], leaseMs: 60_000 });
  process.stdout.write(`${JSON.stringify(await runner.runDue())}\n`);
} else if (mode === 'inspect') {
  const row = await jobRow(db, merchantId, jobId);
  const done = await effects(db, merchantId);
  process.stdout.write(
    `${JSON.stringify({ status: row.status, attempts: row.attempts, effects: done })}\n`,
  );
}
await storage.close();
