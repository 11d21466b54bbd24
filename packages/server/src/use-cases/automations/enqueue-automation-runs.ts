import type { LocalDay } from '../../automations/days.ts';
import { findOccasion } from '../../automations/registry.ts';
import type { Tx } from '../../db/tenant.ts';
import { enqueueJob } from '../../jobs/enqueue-job.ts';
import { listAutomationSettings } from '../../repositories/automation-settings.ts';
import { type AutomationJobDeps, runAutomationJob, runKey } from './run-automation-job.ts';

/**
 * Enqueues, in the caller's transaction, one run for each automation the shop has switched on
 * (each its own job, so one failing does not hold up the others). Once per (day, trigger).
 */
export async function enqueueAutomationRuns(
  tx: Tx,
  input: { merchantId: string; day: LocalDay; trigger: string; now: Date },
  deps: AutomationJobDeps,
): Promise<number> {
  const job = runAutomationJob(deps);
  const settings = await listAutomationSettings(tx, input.merchantId);
  let enqueued = 0;
  for (const setting of settings) {
    if (!setting.enabled || !findOccasion(setting.automation)) continue;
    const payload = {
      automation: setting.automation,
      day: input.day,
      part: 0,
      trigger: input.trigger,
    };
    await enqueueJob(tx, job, {
      merchantId: input.merchantId,
      payload,
      now: input.now,
      key: runKey(payload),
    });
    enqueued += 1;
  }
  return enqueued;
}
