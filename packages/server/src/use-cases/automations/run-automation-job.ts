import { z } from 'zod';
import { defineJob } from '../../jobs/define-job.ts';
import { enqueueJob } from '../../jobs/enqueue-job.ts';
import type { Mailer } from '../../mail/mailer.ts';
import { loadCustomerMetrics } from '../analytics/load-customer-metrics.ts';
import { runAutomation } from './run-automation.ts';

const Payload = z.object({
  automation: z.string(),
  /** The shop-local day the run handles, 'YYYY-MM-DD'. */
  day: z.iso.date(),
  /** Runs with more occasions than a batch go on in parts, each its own job. */
  part: z.number().int().min(0),
  /** What started it: the daily schedule or an owner's "run now" (part of the job's key). */
  trigger: z.string(),
});
export type AutomationRunPayload = z.infer<typeof Payload>;

export type AutomationJobDeps = { mailer: Mailer; publicUrl: string };

/** The idempotency key of one part of one run: a day's run happens once per trigger. */
export const runKey = (p: AutomationRunPayload) =>
  `automation:${p.automation}:${p.day}:${p.trigger}:${p.part}`;

/**
 * One run of one automation as a job: its claims, messages and completion commit together in
 * the job's transaction; when more is due than a batch, the next part is enqueued in that same
 * transaction. Its status, time and error are what the Automations page shows as the last run.
 */
export function runAutomationJob(deps: AutomationJobDeps) {
  const job = defineJob({
    kind: 'automations.run',
    payload: Payload,
    maxAttempts: 5,
    async handle(ctx, payload) {
      const { tx, merchantId, now, logger, db } = ctx;
      const outcome = await runAutomation(tx, { merchantId, now, logger }, payload, {
        ...deps,
        metrics: () => loadCustomerMetrics({ db, merchantId, now }),
      });
      if (!outcome.ran) {
        if (outcome.reason === 'marketing_needs_https') {
          logger.warn({ automation: payload.automation }, 'marketing automation needs https');
        }
        return;
      }
      if (outcome.queued + outcome.control + outcome.skipped > 0) {
        logger.info({ automation: payload.automation, ...outcome }, 'automation ran');
      }
      if (outcome.more) {
        const next = { ...payload, part: payload.part + 1 };
        await enqueueJob(tx, job, { merchantId, payload: next, now, key: runKey(next) });
      }
    },
  });
  return job;
}
