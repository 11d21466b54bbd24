import { anonymiseInactiveCustomers } from '../../use-cases/gdpr/anonymise-inactive-customers.ts';
import { defineJob } from '../define-job.ts';
import { OccasionPayload } from '../recurring-job.ts';
import { daily } from '../schedule.ts';

/**
 * Every night at 04:00 in each shop's time zone, customers without activity for 3 years are
 * anonymised (GDPR storage limitation; the owner saw them listed a month before).
 */
export const anonymiseInactiveCustomersJob = defineJob({
  kind: 'gdpr.anonymise-inactive-customers',
  payload: OccasionPayload,
  maxAttempts: 5,
  async handle({ tx, merchantId, now, logger }) {
    const count = await anonymiseInactiveCustomers(tx, { merchantId, now });
    if (count > 0) logger.info({ count }, 'inactive customers anonymised');
  },
});

export const ANONYMISE_INACTIVE_CUSTOMERS = {
  job: anonymiseInactiveCustomersJob,
  schedule: daily('04:00'),
};
