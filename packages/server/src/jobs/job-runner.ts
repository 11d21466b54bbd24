import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { Database } from '../db/schema.ts';
import { asSystem } from '../db/tenant.ts';
import { ensureScheduleForEveryMerchant } from '../repositories/job-schedules.ts';
import { claimDueJobs, failAbandonedJobs } from '../repositories/jobs.ts';
import type { JobDefinition } from './define-job.ts';
import { enqueueDueSchedules } from './enqueue-due-schedules.ts';
import type { RecurringJob } from './recurring-job.ts';
import { type RunOutcome, runClaimedJob } from './run-claimed-job.ts';

export type JobRunnerOptions = {
  db: Kysely<Database>;
  logger: Logger;
  /** The clock: due times, leases and back-off are all read from it (tests pass their own). */
  now?: () => Date;
  // biome-ignore lint/suspicious/noExplicitAny: a runner holds definitions of every payload type
  jobs: readonly JobDefinition<any>[];
  /** Jobs every shop runs on a schedule in its own time zone. */
  recurring?: readonly RecurringJob[];
  /** Names this worker in the jobs table (default: host, process id and a random suffix). */
  workerId?: string;
  /** Jobs run at the same time by this worker (default 4). */
  concurrency?: number;
  /** How long a claimed job stays this worker's before another may take it over (default 5 min). */
  leaseMs?: number;
  /** Pause between polls when nothing is due (default 1 s). */
  pollMs?: number;
  /** How often new shops are given the recurring jobs (default 5 min). */
  scheduleRefreshMs?: number;
};

export type RunSummary = Record<RunOutcome, number> & { scheduled: number };

/** A worker: polls the jobs table, runs what is due, and stops cleanly. */
export type JobRunner = {
  readonly workerId: string;
  /**
   * One full pass: turns due schedules into jobs, then claims and runs due jobs until none is
   * left. What the background loop does every poll; tests call it after advancing their clock.
   */
  runDue(): Promise<RunSummary>;
  /** Starts polling in the background. */
  start(): void;
  /**
   * Stops polling and waits for the jobs in flight to finish, at most `graceMs` (default
   * 10 s); a job still running after that is abandoned, its transaction rolled back when the
   * database closes, and it runs again once its lease expires.
   */
  stop(options?: { graceMs?: number }): Promise<void>;
};

/**
 * @example
 * const runner = createJobRunner({ db, logger, jobs: [grantBirthday], recurring: [{ job: expirePoints, schedule: daily('03:00') }] });
 * runner.start();
 * // … on shutdown
 * await runner.stop();
 */
export function createJobRunner(options: JobRunnerOptions): JobRunner {
  const now = options.now ?? (() => new Date());
  const workerId = options.workerId ?? `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  const concurrency = options.concurrency ?? 4;
  const leaseMs = options.leaseMs ?? 5 * 60_000;
  const pollMs = options.pollMs ?? 1_000;
  const refreshMs = options.scheduleRefreshMs ?? 5 * 60_000;
  const recurring = options.recurring ?? [];
  const definitions = new Map(
    [...options.jobs, ...recurring.map((r) => r.job)].map((d) => [d.kind, d]),
  );
  const kinds = [...definitions.keys()];
  const deps = { db: options.db, logger: options.logger, now };
  let schedulesRefreshedAt: number | null = null;
  let stopping = false;
  let timer: NodeJS.Timeout | undefined;
  let pass: Promise<unknown> = Promise.resolve();

  async function refreshSchedules() {
    const at = now();
    if (schedulesRefreshedAt !== null && at.getTime() - schedulesRefreshedAt < refreshMs) return;
    await asSystem(options.db, async (tx) => {
      for (const { job, schedule } of recurring) {
        await ensureScheduleForEveryMerchant(tx, job.kind, schedule, at);
      }
    });
    schedulesRefreshedAt = at.getTime();
  }

  async function runDue(): Promise<RunSummary> {
    const summary: RunSummary = {
      scheduled: 0,
      succeeded: 0,
      retrying: 0,
      failed: 0,
      'lease-lost': 0,
    };
    if (recurring.length > 0) {
      await refreshSchedules();
      summary.scheduled = await enqueueDueSchedules(options.db, recurring, now());
    }
    while (!stopping) {
      const claimedAt = now();
      const claimed = await asSystem(options.db, async (tx) => {
        summary.failed += await failAbandonedJobs(tx, claimedAt);
        return claimDueJobs(tx, {
          kinds,
          now: claimedAt,
          limit: concurrency,
          leaseToken: randomUUID(),
          leaseOwner: workerId,
          leaseExpiresAt: new Date(claimedAt.getTime() + leaseMs),
        });
      });
      if (claimed.length === 0) break;
      const outcomes = await Promise.all(
        claimed.map((job) => runClaimedJob(deps, definitions.get(job.kind)!, job)),
      );
      for (const outcome of outcomes) summary[outcome] += 1;
    }
    return summary;
  }

  function loop() {
    if (stopping) return;
    pass = runDue()
      .catch((error: unknown) =>
        options.logger.error(
          { error: error instanceof Error ? error.message : String(error), workerId },
          'job runner pass failed; trying again at the next poll',
        ),
      )
      .finally(() => {
        if (!stopping) timer = setTimeout(loop, pollMs);
      });
  }

  return {
    workerId,
    runDue,
    start() {
      stopping = false;
      loop();
    },
    async stop({ graceMs = 10_000 } = {}) {
      stopping = true;
      clearTimeout(timer);
      let grace: NodeJS.Timeout | undefined;
      await Promise.race([
        pass,
        new Promise((resolve) => {
          grace = setTimeout(resolve, graceMs);
        }),
      ]);
      clearTimeout(grace);
    },
  };
}
