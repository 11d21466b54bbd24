import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { Database } from '../db/schema.ts';
import { asSystem } from '../db/tenant.ts';
import { ensureScheduleForEveryMerchant } from '../repositories/job-schedules.ts';
import {
  type ClaimedJob,
  claimDueJobs,
  failAbandonedJobs,
  listMerchantsWithDueJobs,
} from '../repositories/jobs.ts';
import type { JobDefinition } from './define-job.ts';
import { enqueueDueSchedules } from './enqueue-due-schedules.ts';
import type { RecurringJob } from './recurring-job.ts';
import { describeError, type RunOutcome, runClaimedJob } from './run-claimed-job.ts';
import { shareSlots } from './share-slots.ts';

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
  /** How often new shops are given the recurring jobs (default 30 s). */
  scheduleRefreshMs?: number;
};

/** Rolls back a claim that finished after the runner was told to stop. */
class ClaimAfterStop extends Error {}

export type RunSummary = Record<RunOutcome, number> & { scheduled: number };

const emptySummary = (): RunSummary => ({
  scheduled: 0,
  succeeded: 0,
  retrying: 0,
  failed: 0,
  'lease-lost': 0,
});

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
  const refreshMs = options.scheduleRefreshMs ?? 30_000;
  const recurring = options.recurring ?? [];
  const definitions = new Map(
    [...options.jobs, ...recurring.map((r) => r.job)].map((d) => [d.kind, d]),
  );
  const kinds = [...definitions.keys()];
  const deps = { db: options.db, logger: options.logger, now };
  let schedulesRefreshedAt: number | null = null;
  let stopping = false;
  let timer: NodeJS.Timeout | undefined;
  let polling: Promise<void> | null = null;
  const inFlight = new Set<Promise<unknown>>();
  let lastPassError: string | null = null;

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

  /** New shops get their recurring jobs; due occurrences become jobs. */
  async function schedule(summary: RunSummary) {
    if (recurring.length === 0) return;
    await refreshSchedules();
    summary.scheduled += await enqueueDueSchedules(options.db, recurring, now(), (due, error) =>
      options.logger.error(
        { merchantId: due.merchantId, kind: due.kind, error: describeError(error) },
        'recurring job cannot be scheduled; trying again in an hour',
      ),
    );
  }

  /**
   * Claims due jobs: finds the merchants with due work (a plain read), then claims each one's
   * share of the free slots with its `merchant_id` in the locking query — the form a Citus
   * cluster routes to one shard. Nothing due: one read. A claim that was still going on when
   * `stop` was called is rolled back: its jobs stay queued for the next worker instead of
   * starting after the runner said it would take no more (they would run past the end of the
   * process's grace period).
   */
  async function claim(limit: number, summary: RunSummary): Promise<ClaimedJob[]> {
    const claimedAt = now();
    const lease = {
      kinds,
      now: claimedAt,
      leaseToken: randomUUID(),
      leaseOwner: workerId,
      leaseExpiresAt: new Date(claimedAt.getTime() + leaseMs),
    };
    try {
      return await asSystem(options.db, async (tx) => {
        const merchants = await listMerchantsWithDueJobs(tx, { kinds, now: claimedAt, limit });
        const shares = shareSlots(merchants, limit);
        let failed = 0;
        const claimed: ClaimedJob[] = [];
        for (const { merchantId, abandoned } of merchants) {
          if (abandoned) failed += await failAbandonedJobs(tx, claimedAt, merchantId);
          const share = shares.get(merchantId) ?? 0;
          if (share > 0)
            claimed.push(...(await claimDueJobs(tx, { ...lease, merchantId, limit: share })));
        }
        if (stopping && claimed.length > 0) throw new ClaimAfterStop();
        summary.failed += failed;
        return claimed;
      });
    } catch (error) {
      if (error instanceof ClaimAfterStop) return [];
      throw error;
    }
  }

  const run = (job: ClaimedJob) => runClaimedJob(deps, definitions.get(job.kind)!, job);

  async function runDue(): Promise<RunSummary> {
    const summary = emptySummary();
    await schedule(summary);
    while (!stopping) {
      const claimed = await claim(concurrency, summary);
      if (claimed.length === 0) break;
      for (const outcome of await Promise.all(claimed.map(run))) summary[outcome] += 1;
    }
    return summary;
  }

  /**
   * One background poll: fills the free slots with due jobs and returns without waiting for
   * them, so one long job never holds up the others; a finished job frees its slot and polls
   * again at once.
   */
  async function poll() {
    const summary = emptySummary();
    try {
      await schedule(summary);
      const free = concurrency - inFlight.size;
      const claimed = free > 0 && !stopping ? await claim(free, summary) : [];
      for (const job of claimed) {
        const running = run(job).finally(() => {
          inFlight.delete(running);
          wake(0);
        });
        inFlight.add(running);
      }
      if (lastPassError !== null) options.logger.info({ workerId }, 'job runner recovered');
      lastPassError = null;
    } catch (error) {
      // One line when the database goes away (and when it changes), not one per poll.
      const message = describeError(error);
      if (message !== lastPassError) {
        options.logger.error({ error: message, workerId }, 'job runner cannot poll; retrying');
      }
      lastPassError = message;
    }
  }

  /** Polls after `delayMs`, unless stopping; never two polls at once. */
  function wake(delayMs: number) {
    if (stopping) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (polling) return wake(pollMs);
      polling = poll().finally(() => {
        polling = null;
        wake(pollMs);
      });
    }, delayMs);
  }

  return {
    workerId,
    runDue,
    start() {
      stopping = false;
      wake(0);
    },
    async stop({ graceMs = 10_000 } = {}) {
      stopping = true;
      clearTimeout(timer);
      let grace: NodeJS.Timeout | undefined;
      // The poll going on first: the jobs it claimed before `stop` join those in flight.
      const settled = Promise.allSettled([polling]).then(() => Promise.allSettled([...inFlight]));
      await Promise.race([
        settled,
        new Promise((resolve) => {
          grace = setTimeout(resolve, graceMs);
        }),
      ]);
      clearTimeout(grace);
    },
  };
}
