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
