import { defineJob } from '../../jobs/define-job.ts';
import { OccasionPayload, type RecurringJob } from '../../jobs/recurring-job.ts';
import { daily } from '../../jobs/schedule.ts';
import { enqueueAutomationRuns } from './enqueue-automation-runs.ts';
import type { AutomationJobDeps } from './run-automation-job.ts';

/** When automations run, in each shop's time zone: a morning hour for a message to arrive. */
export const AUTOMATIONS_AT = '09:00';

/**
 * Every morning in each shop's time zone, one run per automation switched on, for that day
 * (the occurrence's own day, so a run caught up after a restart handles the day it stands for).
 */
export function dailyAutomations(deps: AutomationJobDeps): RecurringJob {
  const job = defineJob({
    kind: 'automations.daily',
    payload: OccasionPayload,
    maxAttempts: 5,
    async handle({ tx, merchantId, now }, { occasion }) {
      const day = occasion.slice(0, 10);
      await enqueueAutomationRuns(tx, { merchantId, day, trigger: 'daily', now }, deps);
    },
  });
  return { job, schedule: daily(AUTOMATIONS_AT) };
}
