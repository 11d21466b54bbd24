import { sql } from 'kysely';
import type { CampaignRecipientStatus } from '../db/schema.ts';
import type { Tx } from '../db/tenant.ts';

/** The audience of a campaign, fixed when it is sent: whole columns per statement. */
export async function insertRecipients(
  tx: Tx,
  merchantId: string,
  campaignId: string,
  at: Date,
  rows: ReadonlyArray<{ customerId: string; inControl: boolean }>,
) {
  for (let i = 0; i < rows.length; i += 1000) {
    const chunk = rows.slice(i, i + 1000);
    await tx
      .insertInto('campaign_recipients')
      .values(
        chunk.map((r) => ({
          merchant_id: merchantId,
          campaign_id: campaignId,
          customer_id: r.customerId,
          in_control: r.inControl,
          status: (r.inControl ? 'control' : 'pending') as CampaignRecipientStatus,
          created_at: at,
        })),
      )
      .execute();
  }
}

/** The next recipients still to be sent, in a stable order, locked for this batch. */
export function nextPendingRecipients(
  tx: Tx,
  merchantId: string,
  campaignId: string,
  limit: number,
) {
  return tx
    .selectFrom('campaign_recipients')
    .select('customer_id')
    .where('merchant_id', '=', merchantId)
    .where('campaign_id', '=', campaignId)
    .where('status', '=', 'pending')
    .orderBy('customer_id')
    .limit(limit)
    .forUpdate()
    .execute();
}

export function markRecipientQueued(
  tx: Tx,
  key: { merchantId: string; campaignId: string; customerId: string },
  outboxId: string,
  /** The unsubscribe link's digest; null for a text (its way out is the STOP mention). */
  tokenHash: string | null,
) {
  return tx
    .updateTable('campaign_recipients')
    .set({ status: 'queued', outbox_id: outboxId, unsubscribe_token_hash: tokenHash })
    .where('merchant_id', '=', key.merchantId)
    .where('campaign_id', '=', key.campaignId)
    .where('customer_id', '=', key.customerId)
    .execute();
}

export function markRecipientSkipped(
  tx: Tx,
  key: { merchantId: string; campaignId: string; customerId: string },
  reason: string,
) {
  return tx
    .updateTable('campaign_recipients')
    .set({ status: 'skipped', skip_reason: reason })
    .where('merchant_id', '=', key.merchantId)
    .where('campaign_id', '=', key.campaignId)
    .where('customer_id', '=', key.customerId)
    .execute();
}

export type RecipientOutcomeRow = {
  customer_id: string;
  in_control: boolean;
  status: CampaignRecipientStatus;
  outbox_status: string | null;
  unsubscribed: boolean;
  /** The card link was followed. */
  clicked: boolean;
  visits: number;
  revenue_cents: number;
};

/**
 * Every recipient with what became of their message and what they did in the window after
 * the send: visits (purchases) and revenue net of refunds.
 */
export async function recipientOutcomes(
  tx: Tx,
  merchantId: string,
  campaignId: string,
  window: { from: Date; to: Date },
): Promise<RecipientOutcomeRow[]> {
  const result = await sql<RecipientOutcomeRow>`
    select r.customer_id, r.in_control, r.status, o.status as outbox_status,
           r.unsubscribed_at is not null as unsubscribed,
           r.clicked_at is not null as clicked,
           coalesce(v.visits, 0)::int as visits,
           coalesce(v.revenue_cents, 0)::bigint as revenue_cents
      from campaign_recipients r
      left join outbox o on o.merchant_id = r.merchant_id and o.id = r.outbox_id
      left join lateral (
        select count(*) as visits,
               sum(p.amount_cents - coalesce((select sum(f.amount_cents) from refunds f
                                               where f.merchant_id = p.merchant_id
                                                 and f.purchase_id = p.id), 0)) as revenue_cents
          from purchases p
         where p.merchant_id = r.merchant_id and p.customer_id = r.customer_id
           and p.occurred_at > ${window.from} and p.occurred_at <= ${window.to}
      ) v on true
     where r.merchant_id = ${merchantId} and r.campaign_id = ${campaignId}`.execute(tx);
  return result.rows.map((r) => ({ ...r, revenue_cents: Number(r.revenue_cents) }));
}
