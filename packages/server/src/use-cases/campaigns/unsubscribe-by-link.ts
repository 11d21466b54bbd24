import type { Kysely } from 'kysely';
import { digest } from '../../auth/tokens.ts';
import type { Database } from '../../db/schema.ts';
import { withMerchant } from '../../db/tenant.ts';
import { appendAudit } from '../../repositories/audit-log.ts';
import { appendConsents, type ConsentRecord } from '../../repositories/consents.ts';
import { findUnsubscribeLink, markLinkUnsubscribed } from '../../repositories/unsubscribe-links.ts';
import { emitConsentChanged } from '../../webhooks/customer-events.ts';

/** The `source` of a consent row written by an unsubscribe link: how it was withdrawn. */
export const UNSUBSCRIBE_SOURCE = 'unsubscribe_link';

/**
 * A customer's one-click unsubscribe (RFC 8058) from a campaign's or an automation's message:
 * withdraws the consent of the message's channel at once, as a new row of the consent history
 * (when, how, which campaign or automation). A second click changes nothing. Returns false for
 * a link that names nothing.
 */
export async function unsubscribeByLink(
  db: Kysely<Database>,
  input: { merchantId: string; token: string; now: Date },
): Promise<boolean> {
  const { merchantId, now } = input;
  return withMerchant(db, merchantId, async (tx) => {
    const link = await findUnsubscribeLink(tx, merchantId, digest(input.token), { lock: true });
    if (!link) return false;
    if (link.unsubscribedAt) return true;
    const consents: ConsentRecord[] = [
      {
        channel: link.channel,
        granted: false,
        source: UNSUBSCRIBE_SOURCE,
        wordingVersion:
          link.source === 'campaign'
            ? `campaign:${link.campaignId}`
            : `automation:${link.automation}`,
      },
    ];
    await appendConsents(tx, merchantId, link.customerId, now, consents);
    await markLinkUnsubscribed(tx, merchantId, link, now);
    await emitConsentChanged(tx, { merchantId, now }, link.customerId, consents);
    await appendAudit(tx, merchantId, { type: 'public', id: null }, now, {
      action: 'consent.withdrawn',
      subjectType: 'customer',
      subjectId: link.customerId,
      details: {
        channel: link.channel,
        source: UNSUBSCRIBE_SOURCE,
        campaignId: link.source === 'campaign' ? link.campaignId : null,
        automation: link.source === 'automation' ? link.automation : null,
      },
    });
    return true;
  });
}
