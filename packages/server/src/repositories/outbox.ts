import { sql } from 'kysely';
import type { MailKind, MessageChannel, OutboxStatus } from '../db/schema.ts';
import type { Tx } from '../db/tenant.ts';

/**
 * The two outboxes share one shape and one delivery: a shop's mail (`outbox`, row-level
 * isolated per merchant) and mail about a login (`account_outbox`, no shop may read it).
 * `outbox` has every column of `account_outbox` plus `merchant_id`, so the queries below are
 * written once against the common columns.
 */
export type OutboxName = 'outbox' | 'account_outbox';

export type NewOutboxRow = {
  id: string;
  idempotencyKey: string;
  kind: MailKind;
  category: string;
  to: string;
  subject: string;
  text: string;
  html: string | null;
  headers: Record<string, string>;
  messageId: string;
  status: 'held' | 'queued';
  now: Date;
  /** `outbox` only: a text message instead of mail, with the SMS parts it costs. */
  sms?: { segments: number };
};

/**
 * Queues a message once per idempotency key: a repeat returns the row already there, so a
 * retried request never queues a second copy.
 */
export async function insertOutboxRow(
  tx: Tx,
  box: { name: 'outbox'; merchantId: string } | { name: 'account_outbox' },
  row: NewOutboxRow,
) {
  const values = {
    id: row.id,
    idempotency_key: row.idempotencyKey,
    kind: row.kind,
    category: row.category,
    to_address: row.to,
    subject: row.subject,
    text_body: row.text,
    html_body: row.html,
    headers: JSON.stringify(row.headers),
    message_id: row.messageId,
    status: row.status,
    next_attempt_at: row.now,
    created_at: row.now,
  };
  const inserted =
    box.name === 'outbox'
      ? await tx
          .insertInto('outbox')
          .values({
            ...values,
            merchant_id: box.merchantId,
            ...(row.sms ? { channel: 'sms' as const, segments: row.sms.segments } : {}),
          })
          .onConflict((oc) => oc.columns(['merchant_id', 'idempotency_key']).doNothing())
          .returning(['id', 'status'])
          .executeTakeFirst()
      : await tx
          .insertInto('account_outbox')
          .values(values)
          .onConflict((oc) => oc.column('idempotency_key').doNothing())
          .returning(['id', 'status'])
          .executeTakeFirst();
  if (inserted) return { ...inserted, created: true };
  const existing = await common(tx, box.name)
    .select(['id', 'status'])
    .where('idempotency_key', '=', row.idempotencyKey)
    .$if(box.name === 'outbox', (q) =>
      q.where(sql.ref('merchant_id'), '=', (box as { merchantId: string }).merchantId),
    )
    .executeTakeFirstOrThrow();
  return { ...existing, created: false };
}

/** `outbox` read through the columns it shares with `account_outbox`. */
function common(tx: Tx, name: OutboxName) {
  return tx.selectFrom(name as 'account_outbox');
}

/**
 * Attempts that never reported back (the process died mid-send): the relay may have accepted
 * the message, so it is not sent again on its own. It becomes `uncertain`, for a person to
 * resend or leave. Returns how many.
 */
export async function markAbandonedUncertain(tx: Tx, name: OutboxName, now: Date) {
  const rows = await tx
    .updateTable(name as 'account_outbox')
    .set({
      status: 'uncertain',
      lease_until: null,
      last_reply:
        'The sending was interrupted after the message may have reached the mail relay; it is not sent again automatically.',
    })
    .where('status', '=', 'sending')
    .where('lease_until', '<', now)
    .returning('id')
    .execute();
  return rows.length;
}

export type ClaimedMessage = {
  id: string;
  merchant_id: string | null;
  channel: MessageChannel;
  kind: MailKind;
  category: string;
  to_address: string;
  subject: string;
  text_body: string;
  html_body: string | null;
  headers: Record<string, string>;
  message_id: string;
  attempts: number;
};

type ClaimOptions = {
  now: Date;
  leaseMs: number;
  ratePerMinute: number;
  /** The channels this process can deliver (`outbox`; the account outbox is mail only). */
  channels: readonly MessageChannel[];
};

/** How many shops one look for due messages considers (the oldest waiting first). */
const SHOPS_PER_LOOK = 20;

/**
 * Takes the next due message and marks it `sending` with a lease, in its own committed
 * transaction, *before* any byte goes to the relay: if the process dies after the relay
 * accepted it, the row says "an attempt may have happened" rather than "never tried".
 * A shop that sent `ratePerMinute` messages in the last minute waits (`outbox` only).
 *
 * A shop's messages are claimed with its `merchant_id` in the locking query, the form a Citus
 * cluster routes to one shard (it refuses a locking query across shards): a plain read first
 * lists the shops with due messages under their rate, oldest waiting first, then the first of
 * them whose message is not being claimed by another process gives one. Nothing due: that one
 * read. The account outbox (no shop; a reference table on a cluster) is claimed in one
 * statement.
 */
export async function claimNextDue(
  tx: Tx,
  name: OutboxName,
  options: ClaimOptions,
): Promise<ClaimedMessage | undefined> {
  if (name === 'account_outbox') return claimOne(tx, name, options, null);
  for (const merchantId of await shopsWithDueMessages(tx, options)) {
    const claimed = await claimOne(tx, name, options, merchantId);
    if (claimed) return claimed;
  }
  return undefined;
}

function sentLastMinute(options: ClaimOptions) {
  return new Date(options.now.getTime() - 60_000);
}

async function shopsWithDueMessages(tx: Tx, options: ClaimOptions): Promise<string[]> {
  const { rows } = await sql<{ merchant_id: string }>`
    select d.merchant_id from (
      select merchant_id, min(next_attempt_at) as oldest from outbox
       where status = 'queued' and next_attempt_at <= ${options.now}
         and channel = any(${sql.val([...options.channels])}::text[])
       group by merchant_id) d
     where (select count(*) from outbox r
             where r.merchant_id = d.merchant_id and r.last_attempt_at > ${sentLastMinute(options)})
           < ${options.ratePerMinute}
     order by d.oldest
     limit ${SHOPS_PER_LOOK}`.execute(tx);
  return rows.map((r) => r.merchant_id);
}

/** One due message of `name`, of one shop when `merchantId` is given. */
async function claimOne(
  tx: Tx,
  name: OutboxName,
  options: ClaimOptions,
  merchantId: string | null,
): Promise<ClaimedMessage | undefined> {
  const { now } = options;
  const shop = (alias: string) =>
    merchantId === null ? sql`` : sql`and ${sql.ref(`${alias}.merchant_id`)} = ${merchantId}`;
  const channelFilter =
    name === 'outbox' ? sql`and o.channel = any(${sql.val([...options.channels])}::text[])` : sql``;
  const channelColumn = sql.raw(name === 'outbox' ? 't.channel' : "'email'");
  // The shop's own id, not the outer row's: a cluster routes the whole statement only when
  // every table in it is filtered by a given merchant.
  const rateFilter =
    name === 'outbox'
      ? sql`and (select count(*) from outbox r
                  where r.merchant_id = ${merchantId ? sql`${merchantId}` : sql`o.merchant_id`}
                    and r.last_attempt_at > ${sentLastMinute(options)})
                < ${options.ratePerMinute}`
      : sql``;
  const merchantColumn = sql.raw(name === 'outbox' ? 't.merchant_id' : 'null::uuid');
  const { rows } = await sql<ClaimedMessage>`
    update ${sql.table(name)} as t
       set status = 'sending', attempts = t.attempts + 1,
           lease_until = ${new Date(now.getTime() + options.leaseMs)}, last_attempt_at = ${now}
     where t.id = (
       select o.id from ${sql.table(name)} o
        where o.status = 'queued' and o.next_attempt_at <= ${now} ${shop('o')}
          ${channelFilter} ${rateFilter}
        order by o.next_attempt_at, o.id
        limit 1
        for update skip locked)
       and t.status = 'queued' ${shop('t')}
    returning t.id, ${merchantColumn} as merchant_id, ${channelColumn} as channel,
              t.kind, t.category, t.to_address, t.subject, t.text_body, t.html_body, t.headers, t.message_id, t.attempts`.execute(
    tx,
  );
  return rows[0];
}

/** Records how the attempt ended; only a row still `sending` (ours) is changed. */
export async function recordAttempt(
  tx: Tx,
  name: OutboxName,
  id: string,
  result:
    | { status: 'sent'; reply: string; at: Date; redactBody: boolean }
    | { status: 'queued'; reply: string; retryAt: Date }
    | { status: 'failed' | 'uncertain'; reply: string },
) {
  await tx
    .updateTable(name as 'account_outbox')
    .set({
      status: result.status,
      lease_until: null,
      last_reply: result.reply.slice(0, 1000),
      ...(result.status === 'sent' ? { sent_at: result.at } : {}),
      ...(result.status === 'sent' && result.redactBody
        ? { text_body: '(removed once sent: it held a single-use link)', html_body: null }
        : {}),
      ...(result.status === 'queued' ? { next_attempt_at: result.retryAt } : {}),
    })
    .where('id', '=', id)
    .where('status', '=', 'sending')
    .execute();
}

/** A shop's messages, newest first (the owner's "Messages envoyés"). */
export function listShopOutbox(tx: Tx, merchantId: string, page: { limit: number; before?: Date }) {
  return tx
    .selectFrom('outbox')
    .select([
      'id',
      'kind',
      'channel',
      'segments',
      'category',
      'to_address',
      'subject',
      'text_body',
      'status',
      'attempts',
      'last_reply',
      'created_at',
      'sent_at',
      'next_attempt_at',
    ])
    .where('merchant_id', '=', merchantId)
    .$if(page.before !== undefined, (q) => q.where('created_at', '<', page.before!))
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(page.limit)
    .execute();
}

export function findShopOutboxStatus(tx: Tx, merchantId: string, id: string) {
  return tx
    .selectFrom('outbox')
    .select('status')
    .where('merchant_id', '=', merchantId)
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

/** An uncertain or failed message back in the queue, on a person's decision. */
export async function requeueMessage(tx: Tx, merchantId: string, id: string, now: Date) {
  await tx
    .updateTable('outbox')
    .set({ status: 'queued', next_attempt_at: now, last_reply: null })
    .where('merchant_id', '=', merchantId)
    .where('id', '=', id)
    .where('status', 'in', ['uncertain', 'failed'] satisfies OutboxStatus[])
    .execute();
}
