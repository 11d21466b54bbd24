import { inControlGroup } from '../../campaigns/control-group.ts';
import type { Segment } from '../../campaigns/segment.ts';
import type { Tx } from '../../db/tenant.ts';
import { AppError, notFound } from '../../errors/app-error.ts';
import { enqueueJob } from '../../jobs/enqueue-job.ts';
import type { Mailer } from '../../mail/mailer.ts';
import { appendAudit } from '../../repositories/audit-log.ts';
import { insertRecipients } from '../../repositories/campaign-recipients.ts';
import { findCampaign, markCampaignSending } from '../../repositories/campaigns.ts';
import { assertSmsMarketingWorks } from '../../sms/campaign-sms.ts';
import type { CustomerMetrics } from '../analytics/customer-metrics.ts';
import type { MerchantScope } from '../scope.ts';
import { buildAudience } from './build-audience.ts';
import { assertCampaignSendable, assertMarketingLinksWork } from './campaign-rules.ts';
import { sendCampaignBatchJob } from './send-campaign-batch.ts';

/**
 * Sends a campaign, once: its audience is fixed now (segment × consent rules), the control
 * group drawn with the campaign's seed and recorded, and the first batch job enqueued — in the
 * caller's transaction. A campaign already sent is refused (`campaign_already_sent`).
 */
export async function sendCampaign(
  tx: Tx,
  scope: MerchantScope,
  id: string,
  deps: { mailer: Mailer; publicUrl: string; metrics: CustomerMetrics },
) {
  const { merchantId, now } = scope;
  const campaign = await findCampaign(tx, merchantId, id, true);
  if (!campaign) throw notFound('Campaign');
  if (campaign.status !== 'draft') {
    throw new AppError('campaign_already_sent', 'This campaign was already sent', {
      sentAt: campaign.sent_at?.toISOString() ?? null,
    });
  }
  const segment = campaign.segment as Segment;
  assertCampaignSendable({ ...campaign, segment });
  assertMarketingLinksWork(deps.publicUrl);
  assertSmsMarketingWorks(campaign.channel, deps.mailer);
  const audience = await buildAudience(tx, {
    merchantId,
    channel: campaign.channel,
    segment,
    metrics: deps.metrics,
    now,
  });
  const rows = audience.recipients.map((r) => ({
    customerId: r.id,
    inControl: inControlGroup(campaign.control_seed, r.id, campaign.control_share),
  }));
  await insertRecipients(tx, merchantId, campaign.id, now, rows);
  const sent = await markCampaignSending(tx, merchantId, campaign.id, now, audience.excluded);
  await enqueueJob(tx, sendCampaignBatchJob(deps), {
    merchantId,
    payload: { campaignId: campaign.id, batch: 0 },
    now,
    key: `campaign:${campaign.id}:batch:0`,
  });
  await appendAudit(tx, merchantId, scope.actor, now, {
    action: 'campaign.sent',
    subjectType: 'campaign',
    subjectId: campaign.id,
    details: {
      recipients: rows.filter((r) => !r.inControl).length,
      control: rows.filter((r) => r.inControl).length,
      excluded: audience.excluded,
    },
  });
  return sent;
}
