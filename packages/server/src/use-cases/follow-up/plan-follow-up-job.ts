import { defineJob } from '../../jobs/define-job.ts';
import { OccasionPayload } from '../../jobs/recurring-job.ts';
import { daily } from '../../jobs/schedule.ts';
import { planFollowUpWeek } from './plan-follow-up-week.ts';

/**
 * Every morning at 06:00 in each shop's time zone, the week's follow-up list gets who has
 * newly a reason to be called (a birthday this week, a regular going quiet…), in the job's
 * transaction: a crash adds nothing twice.
 */
export const planFollowUpJob = defineJob({
  kind: 'follow-up.plan-week',
  payload: OccasionPayload,
  maxAttempts: 5,
  async handle({ tx, db, merchantId, now, logger }) {
    const { added } = await planFollowUpWeek(tx, { db, merchantId, now });
    if (added > 0) logger.info({ added }, 'follow-up list planned');
  },
});

export const PLAN_FOLLOW_UP = { job: planFollowUpJob, schedule: daily('06:00') };
