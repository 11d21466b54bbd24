import { uuidv7 } from 'uuidv7';
import type { Segment } from '../../campaigns/segment.ts';
import { withMerchant } from '../../db/tenant.ts';
import { AppError, notFound } from '../../errors/app-error.ts';
import type { Mailer } from '../../mail/mailer.ts';
import { queueShopMail, queueShopSms } from '../../mail/queue-mail.ts';
import { findCampaign } from '../../repositories/campaigns.ts';
import { findCustomer } from '../../repositories/customers.ts';
import { findMerchantById } from '../../repositories/merchants.ts';
import { findUserById } from '../../repositories/users.ts';
import { assertSmsMarketingWorks, renderCampaignSms } from '../../sms/campaign-sms.ts';
import { loadCustomerMetrics } from '../analytics/load-customer-metrics.ts';
import { normalizePhone } from '../customers/contact.ts';
import type { MerchantScope } from '../scope.ts';
import { buildAudience } from './build-audience.ts';
import { mergeValuesFor, renderCampaignMail, shopOnlyValues } from './campaign-message.ts';

/**
 * Sends the campaign to the person asking (the owner or a manager), as one customer of its
 * audience (or `customerId`) would receive it, marked "[Essai]": a mail to their email, or a
 * text to the phone they give (a person's account has no phone on record). It is their own
 * request, not marketing, and its unsubscribe link withdraws nothing.
 */
export async function sendTestCampaign(
  scope: MerchantScope,
  id: string,
  input: { customerId?: string; phone?: string },
  deps: { mailer: Mailer; publicUrl: string },
) {
  const { merchantId, now } = scope;
  if (scope.actor.type !== 'user' || !scope.actor.id) {
    throw new AppError('forbidden', 'Only a person with an email can receive a test');
  }
  const metrics = await loadCustomerMetrics(scope);
  const phone = input.phone ? normalizePhone(input.phone) : null;
  if (input.phone && !phone) {
    throw new AppError('validation_failed', 'Not a phone number', {
      fields: [{ field: 'phone', message: 'not a phone number', code: 'invalid_phone' }],
    });
  }
  const queued = await withMerchant(scope.db, merchantId, async (tx) => {
    const campaign = await findCampaign(tx, merchantId, id);
    if (!campaign) throw notFound('Campaign');
    if (input.customerId && !(await findCustomer(tx, merchantId, input.customerId))) {
      throw notFound('Customer');
    }
    const user = await findUserById(tx, scope.actor.id!);
    if (!user) throw notFound('User');
    const customerId =
      input.customerId ??
      (
        await buildAudience(tx, {
          merchantId,
          channel: campaign.channel,
          segment: campaign.segment as Segment,
          metrics,
          now,
        })
      ).recipients[0]?.id;
    const merchant = await findMerchantById(tx, merchantId);
    const values = customerId
      ? await mergeValuesFor(tx, {
          merchantId,
          customerId,
          shopName: merchant?.name ?? '',
          publicUrl: deps.publicUrl,
          now,
        })
      : shopOnlyValues(merchant?.name ?? '');
    if (campaign.channel === 'sms') {
      assertSmsMarketingWorks('sms', deps.mailer);
      if (!phone) {
        throw new AppError('validation_failed', 'A text test needs a phone number', {
          fields: [{ field: 'phone', message: 'required for a text', code: 'required' }],
        });
      }
      const text = await queueShopSms(tx, deps.mailer, merchantId, {
        idempotencyKey: `campaign-test:${campaign.id}:${uuidv7()}`,
        message: {
          to: phone,
          text: `[Essai] ${renderCampaignSms(campaign, values)}`,
          kind: 'transactional',
          category: 'campaign_test',
        },
        now,
      });
      return { outboxId: text.id, to: phone, customerId: customerId ?? null };
    }
    const mail = renderCampaignMail(campaign, values, `${deps.publicUrl}/u/${merchantId}/essai`);
    const row = await queueShopMail(tx, deps.mailer, merchantId, {
      idempotencyKey: `campaign-test:${campaign.id}:${uuidv7()}`,
      message: {
        to: user.email,
        ...mail,
        subject: `[Essai] ${mail.subject}`,
        kind: 'transactional',
        category: 'campaign_test',
      },
      now,
    });
    return { outboxId: row.id, to: user.email, customerId: customerId ?? null };
  });
  deps.mailer.nudge();
  return queued;
}
