import type { Tx } from '../../db/tenant.ts';
import { findSendByToken, markSendUnsubscribed } from '../../repositories/automation-sends.ts';

/**
 * The automation message an unsubscribe link was made for, marked as used (the consent row is
 * the campaigns' unsubscribe's to write), in the shape that unsubscribe reads; undefined when
 * the token is not an automation's.
 */
export async function unsubscribedAutomationRecipient(
  tx: Tx,
  merchantId: string,
  tokenHash: string,
  now: Date,
) {
  const send = await findSendByToken(tx, merchantId, tokenHash);
  if (!send?.channel) return undefined;
  if (!send.unsubscribed_at) {
    await markSendUnsubscribed(
      tx,
      {
        merchantId,
        automation: send.automation,
        customerId: send.customer_id,
        occasionKey: send.occasion_key,
      },
      now,
    );
  }
  return {
    campaign_id: null,
    automation: send.automation,
    customer_id: send.customer_id,
    // Already used: a second click changes nothing.
    unsubscribed_at: send.unsubscribed_at,
    channel: send.channel,
  };
}
