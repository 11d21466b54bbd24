import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { Config } from '../config/config.ts';
import type { Database } from '../db/schema.ts';
import type { Mailer } from '../mail/mailer.ts';
import { dailyAutomations } from '../use-cases/automations/daily-automations-job.ts';
import { runAutomationJob } from '../use-cases/automations/run-automation-job.ts';
import { sendCampaignBatchJob } from '../use-cases/campaigns/send-campaign-batch.ts';
import { PLAN_FOLLOW_UP } from '../use-cases/follow-up/plan-follow-up-job.ts';
import { runImportJob } from '../use-cases/imports/run-import-job.ts';
import { monthlyReportJob } from '../use-cases/reports/monthly-report-job.ts';
import { deliverWebhookJob } from '../webhooks/deliver-webhook.ts';
import { createJobRunner, type JobRunner, type JobRunnerOptions } from './job-runner.ts';
import { ANONYMISE_INACTIVE_CUSTOMERS } from './kinds/anonymise-inactive-customers.ts';
import { EXPIRE_LAPSED_BALANCES } from './kinds/expire-lapsed-balances.ts';
import { GRANT_BIRTHDAY_VOUCHERS } from './kinds/grant-birthday-vouchers.ts';
import { REVIEW_TIERS } from './kinds/review-tiers.ts';

/**
 * Every kind of job the server runs, and the recurring ones every shop gets. A feature adds
 * its job definition here; a process only claims the kinds listed, so during a rolling upgrade
 * an older process leaves a newer kind to the processes that know it.
 */
export function serverJobs(
  config: Pick<Config, 'webhooks' | 'publicUrl'>,
  mailer: Mailer,
): Pick<JobRunnerOptions, 'jobs' | 'recurring'> {
  return {
    jobs: [
      deliverWebhookJob(config.webhooks),
      sendCampaignBatchJob({ mailer, publicUrl: config.publicUrl }),
      runImportJob,
      runAutomationJob({ mailer, publicUrl: config.publicUrl }),
    ],
    recurring: [
      EXPIRE_LAPSED_BALANCES,
      REVIEW_TIERS,
      ANONYMISE_INACTIVE_CUSTOMERS,
      GRANT_BIRTHDAY_VOUCHERS,
      dailyAutomations({ mailer, publicUrl: config.publicUrl }),
      PLAN_FOLLOW_UP,
      monthlyReportJob({ mailer, publicUrl: config.publicUrl }),
    ],
  };
}

/** The job runner `habitue start` runs next to the HTTP server, polling in the background. */
export function startServerJobs(deps: {
  db: Kysely<Database>;
  logger: Logger;
  now: () => Date;
  config: Pick<Config, 'webhooks' | 'publicUrl'>;
  mailer: Mailer;
}): JobRunner {
  const { config, mailer, ...runnerDeps } = deps;
  const runner = createJobRunner({ ...runnerDeps, ...serverJobs(config, mailer) });
  runner.start();
  return runner;
}
