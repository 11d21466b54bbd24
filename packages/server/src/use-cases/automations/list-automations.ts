import { OCCASIONS } from '../../automations/registry.ts';
import { settingOf } from '../../automations/setting.ts';
import { MERGE_FIELDS } from '../../campaigns/merge-fields.ts';
import { withMerchant } from '../../db/tenant.ts';
import { automationSchedule, latestAutomationRuns } from '../../repositories/automation-runs.ts';
import { recentActivity } from '../../repositories/automation-sends.ts';
import { listAutomationSettings } from '../../repositories/automation-settings.ts';
import { findMerchantById } from '../../repositories/merchants.ts';
import type { MerchantScope } from '../scope.ts';

const DAY_MS = 86_400_000;

/**
 * Every automation the shop can switch on, with its state: on or off, wording (and the default
 * it goes back to), parameters, control share, the last run (the job's status and error), the
 * next run of the daily schedule, and messages queued over the last 30 days.
 */
export async function listAutomations(scope: Pick<MerchantScope, 'db' | 'merchantId' | 'now'>) {
  return withMerchant(scope.db, scope.merchantId, async (tx) => {
    const merchant = await findMerchantById(tx, scope.merchantId);
    const locale = merchant?.locale ?? 'fr';
    const settings = new Map(
      (await listAutomationSettings(tx, scope.merchantId)).map((r) => [r.automation, r]),
    );
    const runs = new Map(
      (await latestAutomationRuns(tx, scope.merchantId)).map((r) => [r.automation, r]),
    );
    const activity = new Map(
      (await recentActivity(tx, scope.merchantId, new Date(scope.now.getTime() - 30 * DAY_MS))).map(
        (r) => [r.automation, r],
      ),
    );
    const schedule = await automationSchedule(tx, scope.merchantId);
    return OCCASIONS.map((occasion) => {
      const setting = settingOf(occasion, settings.get(occasion.id), locale);
      const run = runs.get(occasion.id);
      return {
        id: occasion.id,
        kind: occasion.kind,
        enabled: setting.enabled,
        channel: setting.channel,
        subject: setting.wording.subject,
        body: setting.wording.body,
        customWording: setting.customWording,
        defaultWording: occasion.wording[locale],
        mergeFields: [...MERGE_FIELDS, ...occasion.fields],
        parameters: setting.parameters as Record<string, unknown>,
        ready: occasion.ready(setting.parameters),
        controlShare: setting.controlShare,
        enabledAt: setting.enabledAt?.toISOString() ?? null,
        lastRun: run
          ? {
              at: (run.finished_at ?? run.run_at).toISOString(),
              status: run.status,
              error: run.status === 'failed' || run.attempts > 1 ? run.last_error : null,
            }
          : null,
        nextRunAt: setting.enabled ? (schedule?.next_run_at?.toISOString() ?? null) : null,
        lastMessageAt: activity.has(occasion.id)
          ? new Date(activity.get(occasion.id)!.last_at).toISOString()
          : null,
        queuedLast30Days: activity.get(occasion.id)?.queued ?? 0,
      };
    });
  });
}
