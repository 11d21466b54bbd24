import { localDay } from '../../automations/days.ts';
import { withMerchant } from '../../db/tenant.ts';
import { appendAudit } from '../../repositories/audit-log.ts';
import { findMerchantById } from '../../repositories/merchants.ts';
import type { MerchantScope } from '../scope.ts';
import { enqueueAutomationRuns } from './enqueue-automation-runs.ts';
import type { AutomationJobDeps } from './run-automation-job.ts';

/**
 * Runs today's automations now rather than at the next morning's run (after switching one on,
 * to see it work). Each occasion is still handled once: what today's run already sent is not
 * sent again, and the morning run will find nothing left of it.
 */
export async function runAutomationsNow(scope: MerchantScope, deps: AutomationJobDeps) {
  return withMerchant(scope.db, scope.merchantId, async (tx) => {
    const merchant = await findMerchantById(tx, scope.merchantId);
    const day = localDay(scope.now, merchant?.time_zone ?? 'Europe/Paris');
    const enqueued = await enqueueAutomationRuns(
      tx,
      {
        merchantId: scope.merchantId,
        day,
        trigger: `now:${scope.now.toISOString()}`,
        now: scope.now,
      },
      deps,
    );
    await appendAudit(tx, scope.merchantId, scope.actor, scope.now, {
      action: 'automations.run',
      subjectType: 'automation',
      subjectId: 'all',
      details: { day, enqueued },
    });
    return { day, enqueued };
  });
}
