import { sql } from 'kysely';
import type { AutomationSendStatus, MessageChannel } from '../db/schema.ts';
import type { Tx } from '../db/tenant.ts';

export type SendKey = { customerId: string; occasionKey: string };

/** Which of these (customer, occasion) pairs this automation has already handled. */
export async function handledOccasions(
  tx: Tx,
  merchantId: string,
  automation: string,
  keys: readonly SendKey[],
): Promise<Set<string>> {
  if (keys.length === 0) return new Set();
  const result = await sql<{ customer_id: string; occasion_key: string }>`
    select s.customer_id, s.occasion_key from automation_sends s
      join unnest(${keys.map((k) => k.customerId)}::uuid[], ${keys.map((k) => k.occasionKey)}::text[])
        as k(customer_id, occasion_key)
        on k.customer_id = s.customer_id and k.occasion_key = s.occasion_key
     where s.merchant_id = ${merchantId} and s.automation = ${automation}`.execute(tx);
  return new Set(result.rows.map((r) => sendKeyOf(r.customer_id, r.occasion_key)));
}

export const sendKeyOf = (customerId: string, occasionKey: string) =>
  `${customerId}\u0000${occasionKey}`;

/**
 * Claims one (automation, customer, occasion): true if this call recorded it, false if it was
 * already recorded (by an earlier run, or by another process whose transaction committed
 * first — the primary key makes the second one wait, then find it taken).
 */
export async function claimOccasion(
  tx: Tx,
  row: {
    merchantId: string;
    automation: string;
    customerId: string;
    occasionKey: string;
    inControl: boolean;
    status: AutomationSendStatus;
    skipReason: string | null;
    channel: MessageChannel | null;
    now: Date;
  },
): Promise<boolean> {
  const inserted = await tx
    .insertInto('automation_sends')
    .values({
      merchant_id: row.merchantId,
      automation: row.automation,
      customer_id: row.customerId,
      occasion_key: row.occasionKey,
      in_control: row.inControl,
      status: row.status,
      skip_reason: row.skipReason,
      channel: row.channel,
      created_at: row.now,
    })
    .onConflict((c) => c.doNothing())
    .returning('customer_id')
    .executeTakeFirst();
  return inserted !== undefined;
}

/** Links a claimed occasion to the message it became and its unsubscribe token's digest. */
export function attachMessage(
  tx: Tx,
  key: { merchantId: string; automation: string } & SendKey,
  outboxId: string,
  tokenHash: string | null,
) {
  return tx
    .updateTable('automation_sends')
    .set({ outbox_id: outboxId, unsubscribe_token_hash: tokenHash })
    .where('merchant_id', '=', key.merchantId)
    .where('automation', '=', key.automation)
    .where('customer_id', '=', key.customerId)
    .where('occasion_key', '=', key.occasionKey)
    .execute();
}

export type SendOutcomeRow = {
  status: AutomationSendStatus;
  skip_reason: string | null;
  outbox_status: string | null;
  unsubscribed: boolean;
  /** The card link was followed. */
  clicked: boolean;
  /** Whether the 30 days after this occasion are over. */
  window_complete: boolean;
  visits: number;
  revenue_cents: number;
};

/**
 * Every occasion an automation handled since `since`, with what became of its message and what
 * the customer did in the `days` days after it (visits, revenue net of refunds): each
 * customer's window starts at their own occasion, control group included.
 */
export async function sendOutcomes(
  tx: Tx,
  merchantId: string,
  automation: string,
  window: { since: Date; days: number; now: Date },
): Promise<SendOutcomeRow[]> {
  const result = await sql<SendOutcomeRow>`
    select s.status, s.skip_reason, o.status as outbox_status,
           s.unsubscribed_at is not null as unsubscribed,
           s.clicked_at is not null as clicked,
           s.created_at + make_interval(days => ${window.days}) <= ${window.now} as window_complete,
           coalesce(v.visits, 0)::int as visits,
           coalesce(v.revenue_cents, 0)::bigint as revenue_cents
      from automation_sends s
      left join outbox o on o.merchant_id = s.merchant_id and o.id = s.outbox_id
      left join lateral (
        select count(*) as visits,
               sum(p.amount_cents - coalesce((select sum(f.amount_cents) from refunds f
                                               where f.merchant_id = p.merchant_id
                                                 and f.purchase_id = p.id), 0)) as revenue_cents
          from purchases p
         where p.merchant_id = s.merchant_id and p.customer_id = s.customer_id
           and p.occurred_at > s.created_at
           and p.occurred_at <= s.created_at + make_interval(days => ${window.days})
      ) v on true
     where s.merchant_id = ${merchantId} and s.automation = ${automation}
       and s.created_at >= ${window.since}`.execute(tx);
  return result.rows.map((r) => ({ ...r, revenue_cents: Number(r.revenue_cents) }));
}

/** When each automation last handled an occasion, and how many in the last `days` days. */
export async function recentActivity(tx: Tx, merchantId: string, since: Date) {
  const result = await sql<{ automation: string; last_at: Date; queued: number }>`
    select automation, max(created_at) as last_at,
           (count(*) filter (where status = 'queued' and created_at >= ${since}))::int as queued
      from automation_sends where merchant_id = ${merchantId}
     group by automation`.execute(tx);
  return result.rows;
}
