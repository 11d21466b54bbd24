import type { Kysely } from 'kysely';
import { digest } from '../../auth/tokens.ts';
import type { Database } from '../../db/schema.ts';
import { withMerchant } from '../../db/tenant.ts';
import { appendAudit } from '../../repositories/audit-log.ts';
import {
  findRecipientByToken,
  markRecipientUnsubscribed,
} from '../../repositories/campaign-recipients.ts';
import { appendConsents, type ConsentRecord } from '../../repositories/consents.ts';
import { emitConsentChanged } from '../../webhooks/customer-events.ts';
import { unsubscribedAutomationRecipient as automationRecipient } from '../automations/unsubscribe-automation.ts';

/** The `source` of a consent row written by an unsubscribe link: how it was withdrawn. */
export const UNSUBSCRIBE_SOURCE = 'unsubscribe_link';

/**
 * A customer's one-click unsubscribe (RFC 8058): withdraws the consent of the campaign's
 * channel at once, as a new row of the consent history (when, how, which campaign). A second
 * click changes nothing. Returns false for a link that names nothing.
 */
export async function unsubscribeByLink(
  db: Kysely<Database>,
  input: { merchantId: string; token: string; now: Date },
): Promise<boolean> {
  const { merchantId, now } = input;
  return withMerchant(db, merchantId, async (tx) => {
    const campaignRecipient = await findRecipientByToken(tx, merchantId, digest(input.token));
    // Automations' messages carry the same links (use-cases/automations/).
    const recipient = campaignRecipient
      ? { ...campaignRecipient, automation: null }
      : await automationRecipient(tx, merchantId, digest(input.token), now);
    if (!recipient) return false;
    if (recipient.unsubscribed_at) return true;
    const consents: ConsentRecord[] = [
      {
        channel: recipient.channel,
        granted: false,
        source: UNSUBSCRIBE_SOURCE,
        wordingVersion: recipient.campaign_id
          ? `campaign:${recipient.campaign_id}`
          : `automation:${recipient.automation}`,
      },
    ];
    await appendConsents(tx, merchantId, recipient.customer_id, now, consents);
    const key = {
      merchantId,
      campaignId: recipient.campaign_id ?? '',
      customerId: recipient.customer_id,
    };
    if (recipient.campaign_id !== null) await markRecipientUnsubscribed(tx, key, now);
    await emitConsentChanged(tx, { merchantId, now }, recipient.customer_id, consents);
    await appendAudit(tx, merchantId, { type: 'public', id: null }, now, {
      action: 'consent.withdrawn',
      subjectType: 'customer',
      subjectId: recipient.customer_id,
      details: {
        channel: recipient.channel,
        source: UNSUBSCRIBE_SOURCE,
        campaignId: recipient.campaign_id,
        automation: recipient.automation,
      },
    });
    return true;
  });
}
