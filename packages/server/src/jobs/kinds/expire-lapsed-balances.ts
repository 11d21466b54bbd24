import { expireLapsedBalances } from '../../use-cases/loyalty/expire-lapsed-balances.ts';
import { defineJob } from '../define-job.ts';
import { OccasionPayload } from '../recurring-job.ts';
import { daily } from '../schedule.ts';

/**
 * Every night at 03:00 in each shop's time zone, points and stamps that lapsed for inactivity
 * are written off (the programs' `expiry` setting). The entries and the job's completion commit
 * together, so a crash neither loses nor doubles an expiry.
 */
export const expireLapsedBalancesJob = defineJob({
  kind: 'loyalty.expire-balances',
  payload: OccasionPayload,
  maxAttempts: 5,
  async handle({ tx, merchantId, now, logger }) {
    const { customers, entries } = await expireLapsedBalances(tx, { merchantId, now });
    if (entries > 0) logger.info({ customers, entries }, 'lapsed balances expired');
  },
});

export const EXPIRE_LAPSED_BALANCES = { job: expireLapsedBalancesJob, schedule: daily('03:00') };
