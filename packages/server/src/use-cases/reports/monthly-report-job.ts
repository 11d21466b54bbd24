import { defineJob } from '../../jobs/define-job.ts';
import { OccasionPayload, type RecurringJob } from '../../jobs/recurring-job.ts';
import { monthly } from '../../jobs/schedule.ts';
import type { Mailer } from '../../mail/mailer.ts';
import { sendMonthlyReport } from './send-monthly-report.ts';

/**
 * On the 1st of every month at 07:00 in each shop's time zone, the owners get the report of
 * the month just ended by email (the demo shop's stays in its outbox).
 */
export function monthlyReportJob(deps: { mailer: Mailer; publicUrl: string }): RecurringJob {
  const job = defineJob({
    kind: 'reports.monthly',
    payload: OccasionPayload,
    maxAttempts: 5,
    async handle({ tx, db, merchantId, now, logger }, payload) {
      const result = await sendMonthlyReport(tx, { db, merchantId, now, ...payload }, deps);
      logger.info(result, 'monthly report');
      if ('queued' in result && result.queued > 0) deps.mailer.nudge();
    },
  });
  return { job, schedule: monthly(1, '07:00') };
}
