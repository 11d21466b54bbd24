import { findOccasion } from '../../automations/registry.ts';
import { compareGroups } from '../../campaigns/compare-groups.ts';
import { withMerchant } from '../../db/tenant.ts';
import { notFound } from '../../errors/app-error.ts';
import { sendOutcomes } from '../../repositories/automation-sends.ts';
import { RESULT_WINDOW_DAYS } from '../campaigns/get-campaign-results.ts';
import type { MerchantScope } from '../scope.ts';

/** How far back an automation's results look: a year of occasions. */
export const RESULTS_PERIOD_DAYS = 365;

/**
 * What an automation did over the last year: messages by state, skipped by reason,
 * unsubscribed, and — over the occasions whose 30 days are over — who came back, their visits
 * and revenue, against the control group, with the differences' 90 % intervals (the campaigns'
 * measure, each customer's window starting at their own occasion).
 */
export async function getAutomationResults(
  scope: Pick<MerchantScope, 'db' | 'merchantId' | 'now'>,
  automation: string,
) {
  if (!findOccasion(automation)) throw notFound('Automation');
  return withMerchant(scope.db, scope.merchantId, async (tx) => {
    const since = new Date(scope.now.getTime() - RESULTS_PERIOD_DAYS * 86_400_000);
    const rows = await sendOutcomes(tx, scope.merchantId, automation, {
      since,
      days: RESULT_WINDOW_DAYS,
      now: scope.now,
    });
    const messaged = rows.filter((r) => r.status === 'queued');
    const count = (statuses: readonly string[]) =>
      messaged.filter((r) => r.outbox_status !== null && statuses.includes(r.outbox_status)).length;
    const skipped = rows.filter((r) => r.status === 'skipped');
    const measured = (status: string) =>
      rows.filter((r) => r.status === status && r.window_complete);
    return {
      automation,
      since: since.toISOString(),
      windowDays: RESULT_WINDOW_DAYS,
      messages: {
        queued: count(['queued', 'sending']),
        held: count(['held']),
        sent: count(['sent']),
        failed: count(['failed', 'uncertain']),
        unsubscribed: rows.filter((r) => r.unsubscribed).length,
        clicked: rows.filter((r) => r.clicked).length,
      },
      skipped: {
        noConsent: skipped.filter((r) => r.skip_reason === 'no_consent').length,
        withdrawn: skipped.filter((r) => r.skip_reason === 'withdrawn').length,
        noAddress: skipped.filter((r) => r.skip_reason === 'no_address').length,
      },
      control: rows.filter((r) => r.status === 'control').length,
      /** Occasions too recent to measure yet (their 30 days are not over). */
      pendingMeasure: rows.filter((r) => r.status !== 'skipped' && !r.window_complete).length,
      ...compareGroups(measured('queued'), measured('control')),
    };
  });
}
