import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { Database } from '../db/schema.ts';
import { createJobRunner, type JobRunner, type JobRunnerOptions } from './job-runner.ts';
import { EXPIRE_LAPSED_BALANCES } from './kinds/expire-lapsed-balances.ts';

/**
 * Every kind of job the server runs, and the recurring ones every shop gets. A feature adds
 * its job definition here; a process only claims the kinds listed, so during a rolling upgrade
 * an older process leaves a newer kind to the processes that know it.
 */
export const SERVER_JOBS: Pick<JobRunnerOptions, 'jobs' | 'recurring'> = {
  jobs: [],
  recurring: [EXPIRE_LAPSED_BALANCES],
};

/** The job runner `habitue start` runs next to the HTTP server, polling in the background. */
export function startServerJobs(deps: {
  db: Kysely<Database>;
  logger: Logger;
  now: () => Date;
}): JobRunner {
  const runner = createJobRunner({ ...deps, ...SERVER_JOBS });
  runner.start();
  return runner;
}
