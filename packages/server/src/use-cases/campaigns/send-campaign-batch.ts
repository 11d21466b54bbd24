import { z } from 'zod';
import { defineJob, type JobContext } from '../../jobs/define-job.ts';
import { enqueueJob } from '../../jobs/enqueue-job.ts';
import type { Mailer } from '../../mail/mailer.ts';
import { queueShopMail, queueShopSms } from '../../mail/queue-mail.ts';
import { listAudienceRows } from '../../repositories/campaign-audience.ts';
import {
  markRecipientQueued,
  markRecipientSkipped,
  nextPendingRecipients,
} from '../../repositories/campaign-recipients.ts';
import { findCampaign, markCampaignSent } from '../../repositories/campaigns.ts';
import { findMerchantById } from '../../repositories/merchants.ts';
import { renderCampaignSms } from '../../sms/campaign-sms.ts';
import { consentFor } from './build-audience.ts';
import {
  mergeValuesFor,
  newUnsubscribeLink,
  renderCampaignMail,
  withCountedCardLink,
} from './campaign-message.ts';

/** Recipients per run: one run is one transaction, short enough never to hold locks for long. */
export const CAMPAIGN_BATCH_SIZE = 100;

const Payload = z.object({ campaignId: z.uuid(), batch: z.number().int().min(0) });

/**
 * One batch of a campaign's send, as a job: the next pending recipients are checked against
 * the consent rules again (a customer who unsubscribed since the send began is skipped), each
 * message is queued in the outbox under the idempotency key `campaign:<id>:<customer>`, and
 * the next batch is enqueued — all in the job's transaction, so a crash at any point neither
 * loses nor doubles a message.
 */
export function sendCampaignBatchJob(deps: { mailer: Mailer; publicUrl: string }) {
  return defineJob({
    kind: 'campaign.send-batch',
    payload: Payload,
    async handle(ctx: JobContext, payload) {
      const { tx, merchantId, now } = ctx;
      const campaign = await findCampaign(tx, merchantId, payload.campaignId);
      if (campaign?.status !== 'sending') return;
      const merchant = await findMerchantById(tx, merchantId);
      const pending = await nextPendingRecipients(tx, merchantId, campaign.id, CAMPAIGN_BATCH_SIZE);
      const rows = await listAudienceRows(
        tx,
        merchantId,
        pending.map((p) => p.customer_id),
      );
      for (const row of rows) {
        const key = { merchantId, campaignId: campaign.id, customerId: row.id };
        const decision = consentFor(row, campaign.channel, now);
        const address = campaign.channel === 'sms' ? row.phone : row.email;
        if (!decision.allowed || !address) {
          await markRecipientSkipped(tx, key, decision.allowed ? 'no_address' : decision.reason);
          continue;
        }
        const values = await mergeValuesFor(tx, {
          merchantId,
          customerId: row.id,
          shopName: merchant?.name ?? '',
          publicUrl: deps.publicUrl,
          now,
        });
        if (campaign.channel === 'sms') {
          // A text's way out is the STOP mention it ends with, not a link.
          const queued = await queueShopSms(tx, deps.mailer, merchantId, {
            idempotencyKey: `campaign:${campaign.id}:${row.id}`,
            message: {
              to: address,
              text: renderCampaignSms(campaign, values),
              kind: 'marketing',
              category: 'campaign',
            },
            now,
          });
          await markRecipientQueued(tx, key, queued.id, null);
          continue;
        }
        const link = newUnsubscribeLink(deps.publicUrl, merchantId);
        const mail = renderCampaignMail(
          campaign,
          withCountedCardLink(values, link.cardUrl),
          link.url,
        );
        const queued = await queueShopMail(tx, deps.mailer, merchantId, {
          idempotencyKey: `campaign:${campaign.id}:${row.id}`,
          message: {
            to: address,
            ...mail,
            kind: 'marketing',
            category: 'campaign',
            unsubscribeUrl: link.url,
          },
          now,
        });
        await markRecipientQueued(tx, key, queued.id, link.tokenHash);
      }
      if (pending.length === CAMPAIGN_BATCH_SIZE) {
        await enqueueJob(tx, sendCampaignBatchJob(deps), {
          merchantId,
          payload: { campaignId: campaign.id, batch: payload.batch + 1 },
          now,
          key: `campaign:${campaign.id}:batch:${payload.batch + 1}`,
        });
      } else {
        await markCampaignSent(tx, merchantId, campaign.id, now);
      }
      deps.mailer.nudge();
    },
  });
}
