import type { MessageChannel } from '../db/schema.ts';
import type { Tx } from '../db/tenant.ts';

/**
 * The message an unsubscribe link was made for: a campaign's recipient or an automation's
 * occasion. Both carry the digest of their link's token and share the `/u/` page.
 */
export type UnsubscribeLink = {
  customerId: string;
  channel: MessageChannel;
  unsubscribedAt: Date | null;
} & (
  | { source: 'campaign'; campaignId: string }
  | { source: 'automation'; automation: string; occasionKey: string }
);

/**
 * The message behind a link's token digest, wherever it was sent from; undefined for a link
 * that names nothing. `lock` holds the row until the transaction ends, so two clicks at once
 * withdraw consent once.
 */
export async function findUnsubscribeLink(
  tx: Tx,
  merchantId: string,
  tokenHash: string,
  options: { lock: boolean },
): Promise<UnsubscribeLink | undefined> {
  let recipient = tx
    .selectFrom('campaign_recipients as r')
    .innerJoin('campaigns as c', (j) =>
      j.onRef('c.merchant_id', '=', 'r.merchant_id').onRef('c.id', '=', 'r.campaign_id'),
    )
    .select(['r.campaign_id', 'r.customer_id', 'r.unsubscribed_at', 'c.channel'])
    .where('r.merchant_id', '=', merchantId)
    .where('r.unsubscribe_token_hash', '=', tokenHash);
  if (options.lock) recipient = recipient.forUpdate('r');
  const campaign = await recipient.executeTakeFirst();
  if (campaign) {
    return {
      source: 'campaign',
      campaignId: campaign.campaign_id,
      customerId: campaign.customer_id,
      channel: campaign.channel,
      unsubscribedAt: campaign.unsubscribed_at,
    };
  }
  let send = tx
    .selectFrom('automation_sends')
    .select(['automation', 'customer_id', 'occasion_key', 'channel', 'unsubscribed_at'])
    .where('merchant_id', '=', merchantId)
    .where('unsubscribe_token_hash', '=', tokenHash);
  if (options.lock) send = send.forUpdate();
  const automation = await send.executeTakeFirst();
  if (!automation?.channel) return undefined;
  return {
    source: 'automation',
    automation: automation.automation,
    occasionKey: automation.occasion_key,
    customerId: automation.customer_id,
    channel: automation.channel,
    unsubscribedAt: automation.unsubscribed_at,
  };
}

/** Records that the link was used (its consent row is the use case's to write). */
export function markLinkUnsubscribed(tx: Tx, merchantId: string, link: UnsubscribeLink, at: Date) {
  return stampLink(tx, merchantId, link, 'unsubscribed_at', at);
}

/** Records the first click through the message's card link (later ones change nothing). */
export function markLinkClicked(tx: Tx, merchantId: string, link: UnsubscribeLink, at: Date) {
  return stampLink(tx, merchantId, link, 'clicked_at', at);
}

/** Stamps the message the link belongs to, the first time only. */
async function stampLink(
  tx: Tx,
  merchantId: string,
  link: UnsubscribeLink,
  column: 'unsubscribed_at' | 'clicked_at',
  at: Date,
): Promise<void> {
  if (link.source === 'campaign') {
    await tx
      .updateTable('campaign_recipients')
      .set({ [column]: at })
      .where('merchant_id', '=', merchantId)
      .where('campaign_id', '=', link.campaignId)
      .where('customer_id', '=', link.customerId)
      .where(column, 'is', null)
      .execute();
    return;
  }
  await tx
    .updateTable('automation_sends')
    .set({ [column]: at })
    .where('merchant_id', '=', merchantId)
    .where('automation', '=', link.automation)
    .where('customer_id', '=', link.customerId)
    .where('occasion_key', '=', link.occasionKey)
    .where(column, 'is', null)
    .execute();
}
