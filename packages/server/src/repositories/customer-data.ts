import { sql } from 'kysely';
import type { Tx } from '../db/tenant.ts';

/**
 * Everything stored about one customer, table by table: what a right-of-access request
 * answers with (GDPR art. 15 and 20) and what an erasure must reach. Each function takes the
 * merchant id and filters by it, like every repository.
 */
export function consentHistory(tx: Tx, merchantId: string, customerId: string) {
  return tx
    .selectFrom('consents')
    .select(['channel', 'granted', 'recorded_at', 'source', 'wording_version'])
    .where('merchant_id', '=', merchantId)
    .where('customer_id', '=', customerId)
    .orderBy('recorded_at')
    .execute();
}

export function customerTagList(tx: Tx, merchantId: string, customerId: string) {
  return tx
    .selectFrom('customer_tags')
    .select(['tag', 'created_at'])
    .where('merchant_id', '=', merchantId)
    .where('customer_id', '=', customerId)
    .orderBy('tag')
    .execute();
}

export function customerNoteList(tx: Tx, merchantId: string, customerId: string) {
  return tx
    .selectFrom('customer_notes')
    .select(['id', 'body', 'author_type', 'created_at'])
    .where('merchant_id', '=', merchantId)
    .where('customer_id', '=', customerId)
    .orderBy('id')
    .execute();
}

export function customerPurchaseList(tx: Tx, merchantId: string, customerId: string) {
  return tx
    .selectFrom('purchases')
    .select(['id', 'occurred_at', 'amount_cents', 'items', 'source', 'location_id'])
    .where('merchant_id', '=', merchantId)
    .where('customer_id', '=', customerId)
    .orderBy('id')
    .execute();
}

export function customerRefundList(tx: Tx, merchantId: string, customerId: string) {
  return tx
    .selectFrom('refunds as r')
    .innerJoin('purchases as p', (j) =>
      j.onRef('p.merchant_id', '=', 'r.merchant_id').onRef('p.id', '=', 'r.purchase_id'),
    )
    .select(['r.id', 'r.purchase_id', 'r.amount_cents', 'r.reason', 'r.created_at'])
    .where('r.merchant_id', '=', merchantId)
    .where('p.customer_id', '=', customerId)
    .orderBy('r.id')
    .execute();
}

export function customerLedgerList(tx: Tx, merchantId: string, customerId: string) {
  return tx
    .selectFrom('ledger_entries')
    .select(['id', 'program_id', 'kind', 'unit', 'delta', 'cause_type', 'cause_ref', 'occurred_at'])
    .where('merchant_id', '=', merchantId)
    .where('customer_id', '=', customerId)
    .orderBy('id')
    .execute();
}

export function customerVoucherList(tx: Tx, merchantId: string, customerId: string) {
  return tx
    .selectFrom('vouchers as v')
    .leftJoin('voucher_events as e', (j) =>
      j.onRef('e.merchant_id', '=', 'v.merchant_id').onRef('e.voucher_id', '=', 'v.id'),
    )
    .select([
      'v.id',
      'v.code',
      'v.reward_id',
      'v.cost',
      'v.unit',
      'v.issued_at',
      'v.expires_at',
      'e.kind as state',
      'e.at as state_at',
    ])
    .where('v.merchant_id', '=', merchantId)
    .where('v.customer_id', '=', customerId)
    .orderBy('v.issued_at')
    .execute();
}

export function customerAdjustmentList(tx: Tx, merchantId: string, customerId: string) {
  return tx
    .selectFrom('balance_adjustments')
    .select(['id', 'program_id', 'delta', 'reason_code', 'reason', 'occurred_at'])
    .where('merchant_id', '=', merchantId)
    .where('customer_id', '=', customerId)
    .orderBy('occurred_at')
    .execute();
}

/** The shop's mail and text messages to the customer (the outbox keeps the address, not the id). */
export function messagesTo(tx: Tx, merchantId: string, addresses: (string | null)[]) {
  const to = addresses.filter((a): a is string => Boolean(a)).map((a) => a.toLowerCase());
  if (to.length === 0) return Promise.resolve([]);
  return tx
    .selectFrom('outbox')
    .select(['id', 'category', 'subject', 'text_body', 'status', 'created_at', 'sent_at'])
    .where('merchant_id', '=', merchantId)
    .where(sql<string>`lower(to_address)`, 'in', to)
    .orderBy('created_at')
    .execute();
}

/** Webhook deliveries whose body names the customer (every customer event carries the id). */
export function deliveriesMentioning(tx: Tx, merchantId: string, customerId: string) {
  return tx
    .selectFrom('webhook_deliveries')
    .select(['id', 'event_id', 'event_type', 'body', 'status', 'created_at'])
    .where('merchant_id', '=', merchantId)
    .where('body', 'like', `%${customerId}%`)
    .orderBy('created_at')
    .execute();
}

export function auditEntriesAbout(tx: Tx, merchantId: string, customerId: string) {
  return tx
    .selectFrom('audit_log')
    .select(['id', 'occurred_at', 'actor_type', 'action', 'details'])
    .where('merchant_id', '=', merchantId)
    .where('subject_id', '=', customerId)
    .orderBy('occurred_at')
    .execute();
}

/** Calls, visits, complaints, disputes… recorded about the customer, with their text. */
export function customerInteractionList(tx: Tx, merchantId: string, customerId: string) {
  return tx
    .selectFrom('interactions')
    .select([
      'id',
      'kind',
      'occurred_at',
      'minutes_spent',
      'outcome',
      'conceded_cents',
      'dispute_status',
    ])
    .where('merchant_id', '=', merchantId)
    .where('customer_id', '=', customerId)
    .orderBy('occurred_at')
    .execute();
}
