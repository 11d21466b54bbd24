import { grantBirthdayVouchers } from '../../use-cases/bonuses/grant-birthday-vouchers.ts';
import { defineJob } from '../define-job.ts';
import { OccasionPayload } from '../recurring-job.ts';
import { daily } from '../schedule.ts';

/**
 * Every morning in each shop's time zone, members whose birthday window opens (or is open and
 * was missed) get the shop's birthday voucher. The day handled is the occasion's, so a run
 * caught up after downtime serves its own day; the vouchers and the job's completion commit
 * together, and their ids make a second run of any day add nothing.
 */
export const grantBirthdayVouchersJob = defineJob({
  kind: 'bonuses.birthday',
  payload: OccasionPayload,
  maxAttempts: 5,
  async handle({ tx, merchantId, now, logger }, { occasion }) {
    const { granted } = await grantBirthdayVouchers(tx, { merchantId, now }, occasion.slice(0, 10));
    if (granted > 0) logger.info({ granted }, 'birthday vouchers granted');
  },
});

export const GRANT_BIRTHDAY_VOUCHERS = { job: grantBirthdayVouchersJob, schedule: daily('06:00') };
