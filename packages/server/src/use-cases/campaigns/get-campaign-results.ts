import { compareGroups } from '../../campaigns/compare-groups.ts';
import { withMerchant } from '../../db/tenant.ts';
import { notFound } from '../../errors/app-error.ts';
import { recipientOutcomes } from '../../repositories/campaign-recipients.ts';
import { findCampaign } from '../../repositories/campaigns.ts';
import type { MerchantScope } from '../scope.ts';

/** Customers "came back" when they bought within this many days of the send. */
export const RESULT_WINDOW_DAYS = 30;

/**
 * What a campaign did: messages sent, failed, kept (no SMTP), skipped and unsubscribed, and
 * over the 30 days after the send, who came back and what they spent — for the customers it
 * was sent to and for the control group, with the differences and their 90 % intervals.
 */
export async function getCampaignResults(
  scope: Pick<MerchantScope, 'db' | 'merchantId' | 'now'>,
  id: string,
) {
  return withMerchant(scope.db, scope.merchantId, async (tx) => {
    const campaign = await findCampaign(tx, scope.merchantId, id);
    if (!campaign) throw notFound('Campaign');
    const from = campaign.sent_at;
    const windowEnd = from ? new Date(from.getTime() + RESULT_WINDOW_DAYS * 86_400_000) : null;
    const rows =
      from && windowEnd
        ? await recipientOutcomes(tx, scope.merchantId, id, { from, to: windowEnd })
        : [];
    const messaged = rows.filter((r) => r.status === 'queued');
    const control = rows.filter((r) => r.in_control);
    const count = (statuses: readonly string[]) =>
      messaged.filter((r) => r.outbox_status !== null && statuses.includes(r.outbox_status)).length;
    return {
      campaignId: id,
      status: campaign.status,
      sentAt: from?.toISOString() ?? null,
      windowDays: RESULT_WINDOW_DAYS,
      windowEndsAt: windowEnd?.toISOString() ?? null,
      windowComplete: windowEnd !== null && scope.now.getTime() >= windowEnd.getTime(),
      excluded: campaign.excluded,
      messages: {
        queued: count(['queued', 'sending']),
        held: count(['held']),
        sent: count(['sent']),
        failed: count(['failed', 'uncertain']),
        skipped: rows.filter((r) => r.status === 'skipped').length,
        pending: rows.filter((r) => r.status === 'pending').length,
        unsubscribed: rows.filter((r) => r.unsubscribed).length,
        clicked: rows.filter((r) => r.clicked).length,
      },
      ...compareGroups(messaged, control),
    };
  });
}
