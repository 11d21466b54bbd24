import { reviewTiers } from '../../use-cases/tiers/review-tiers.ts';
import { defineJob } from '../define-job.ts';
import { OccasionPayload } from '../recurring-job.ts';
import { daily } from '../schedule.ts';

/**
 * Every night just after midnight in each shop's time zone, levels that change with the date
 * alone (seniority, end of a period or of a grace) are recorded and `tier.changed` announced.
 * The announcements and the job's completion commit together: a crash repeats none.
 */
export const reviewTiersJob = defineJob({
  kind: 'tiers.review',
  payload: OccasionPayload,
  maxAttempts: 5,
  async handle({ tx, merchantId, now, logger }) {
    const { members, changed } = await reviewTiers(tx, { merchantId, now });
    if (changed > 0) logger.info({ members, changed }, 'tiers reviewed');
  },
});

export const REVIEW_TIERS = { job: reviewTiersJob, schedule: daily('00:15') };
