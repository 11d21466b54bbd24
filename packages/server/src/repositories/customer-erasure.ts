import { sql } from 'kysely';
import type { Tx } from '../db/tenant.ts';

/**
 * The writes of an erasure (GDPR art. 17), table by table. What makes a person identifiable
 * goes: contact details, consents, tags, notes, the free text of refunds and adjustments,
 * messages, webhook bodies and stored replies that named them. What the accounts need stays:
 * the customer's row (anonymous), purchases and their amounts, refunds' amounts, the ledger
 * (codes and amounts only), vouchers.
 */
export function anonymiseCustomer(
  tx: Tx,
  merchantId: string,
  customerId: string,
  unusableToken: string,
  at: Date,
) {
  return tx
    .updateTable('customers')
    .set({
      first_name: null,
      last_name: null,
      email: null,
      phone: null,
      birth_day: null,
      birth_month: null,
      company: null,
      external_ref: null,
      card_token: unusableToken,
      card_token_rotated_at: at,
      erased_at: at,
      updated_at: at,
    })
    .where('merchant_id', '=', merchantId)
    .where('id', '=', customerId)
    .returning(['id', 'erased_at'])
    .executeTakeFirst();
}

/** Rows that only describe the person: removed outright. */
export async function deletePersonalRows(tx: Tx, merchantId: string, customerId: string) {
  for (const table of ['consents', 'customer_tags', 'customer_notes'] as const) {
    await tx
      .deleteFrom(table)
      .where('merchant_id', '=', merchantId)
      .where('customer_id', '=', customerId)
      .execute();
  }
}

/** Free-text reasons typed about the customer; the amounts and codes stay. */
export async function redactReasons(tx: Tx, merchantId: string, customerId: string) {
  await tx
    .updateTable('refunds')
    .set({ reason: null })
    .where('merchant_id', '=', merchantId)
    .where('reason', 'is not', null)
    .where('purchase_id', 'in', (eb) =>
      eb
        .selectFrom('purchases')
        .select('id')
        .where('merchant_id', '=', merchantId)
        .where('customer_id', '=', customerId),
    )
    .execute();
  // Interactions stay for the cost of serving (minutes, amounts conceded); their text goes.
  await tx
    .updateTable('interactions')
    .set({ outcome: null })
    .where('merchant_id', '=', merchantId)
    .where('customer_id', '=', customerId)
    .execute();
  await tx
    .updateTable('balance_adjustments')
    .set({ reason: null })
    .where('merchant_id', '=', merchantId)
    .where('customer_id', '=', customerId)
    .execute();
}

/** The shop's messages to the person: the address, subject and text go, the fact stays. */
export async function redactMessages(tx: Tx, merchantId: string, address: string) {
  await tx
    .updateTable('outbox')
    .set({
      to_address: 'erased@invalid',
      subject: '',
      text_body: '',
      html_body: null,
      headers: '{}',
      last_reply: null,
    })
    .where('merchant_id', '=', merchantId)
    .where(sql<boolean>`lower(to_address) = lower(${address})`)
    .execute();
}

/**
 * Webhook deliveries about the customer keep their type and id (integrators' logs match),
 * with the data replaced by the customer's id and the fact that it was erased.
 */
export async function redactDeliveries(tx: Tx, merchantId: string, customerId: string) {
  const rows = await tx
    .selectFrom('webhook_deliveries')
    .select(['id', 'body'])
    .where('merchant_id', '=', merchantId)
    .where('body', 'like', `%${customerId}%`)
    .execute();
  for (const row of rows) {
    let envelope: Record<string, unknown> = {};
    try {
      envelope = JSON.parse(row.body) as Record<string, unknown>;
    } catch {}
    const body = JSON.stringify({
      type: envelope.type ?? null,
      timestamp: envelope.timestamp ?? null,
      data: { customerId, erased: true },
    });
    await tx
      .updateTable('webhook_deliveries')
      .set({ body })
      .where('merchant_id', '=', merchantId)
      .where('id', '=', row.id)
      .execute();
  }
}

/**
 * Stored replies of idempotent writes that named the customer (a sign-up's answer holds their
 * name): a retry of such a request now replays a reply that says the customer was erased.
 */
export async function redactStoredReplies(tx: Tx, merchantId: string, customerId: string) {
  const erased = JSON.stringify({ customerId, erased: true });
  await tx
    .updateTable('idempotency_keys')
    .set({ response_text: erased, response_body: erased })
    .where('merchant_id', '=', merchantId)
    .where((eb) =>
      eb.or([
        eb('response_text', 'like', `%${customerId}%`),
        eb(sql`response_body::text`, 'like', `%${customerId}%`),
      ]),
    )
    .execute();
}

/** The audit trail about the customer keeps who did what and when, not what was written. */
export async function redactAuditDetails(tx: Tx, merchantId: string, customerId: string) {
  await tx
    .updateTable('audit_log')
    .set({ details: '{}' })
    .where('merchant_id', '=', merchantId)
    .where('subject_id', '=', customerId)
    .execute();
}

/** The customers merged into this one, not yet erased: the same person's earlier records. */
export function customersMergedInto(tx: Tx, merchantId: string, customerId: string) {
  return tx
    .selectFrom('customers')
    .select(['id', 'email', 'phone', 'erased_at'])
    .where('merchant_id', '=', merchantId)
    .where('merged_into', '=', customerId)
    .where('erased_at', 'is', null)
    .orderBy('id')
    .execute();
}
