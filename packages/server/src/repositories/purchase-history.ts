import { sql } from 'kysely';
import type { Tx } from '../db/tenant.ts';

/** A customer's purchases, most recent first; `before` is the last id of the previous page. */
export function listCustomerPurchases(
  tx: Tx,
  merchantId: string,
  customerId: string,
  options: { limit: number; before?: { occurredAt: Date; id: string } },
) {
  let query = tx
    .selectFrom('purchases')
    .select([
      'id',
      'amount_cents',
      'occurred_at',
      'external_id',
      'location_id',
      'actor_type',
      'actor_id',
    ])
    .where('merchant_id', '=', merchantId)
    .where('customer_id', '=', customerId)
    .orderBy('occurred_at', 'desc')
    .orderBy('id', 'desc')
    .limit(options.limit);
  const before = options.before;
  if (before) {
    query = query.where((eb) =>
      eb.or([
        eb('occurred_at', '<', before.occurredAt),
        eb.and([eb('occurred_at', '=', before.occurredAt), eb('id', '<', before.id)]),
      ]),
    );
  }
  return query.execute();
}

/** When a purchase of this customer happened (to resume a page after it). */
export function findPurchaseTime(tx: Tx, merchantId: string, customerId: string, id: string) {
  return tx
    .selectFrom('purchases')
    .select('occurred_at')
    .where('merchant_id', '=', merchantId)
    .where('customer_id', '=', customerId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Refunds of the given purchases, oldest first. */
export function refundsOf(tx: Tx, merchantId: string, purchaseIds: readonly string[]) {
  if (purchaseIds.length === 0) return Promise.resolve([]);
  return tx
    .selectFrom('refunds')
    .select(['id', 'purchase_id', 'amount_cents', 'reason', 'created_at'])
    .where('merchant_id', '=', merchantId)
    .where('purchase_id', 'in', purchaseIds)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

/** What the given purchases earned, per program (before any refund took some back). */
export function earnedBy(tx: Tx, merchantId: string, purchaseIds: readonly string[]) {
  if (purchaseIds.length === 0) return Promise.resolve([]);
  return tx
    .selectFrom('ledger_entries')
    .select([
      'cause_ref as purchase_id',
      'program_id',
      'unit',
      sql<number>`sum(delta)::int`.as('amount'),
    ])
    .where('merchant_id', '=', merchantId)
    .where('cause_type', '=', 'purchase')
    .where('kind', '=', 'earn')
    .where('cause_ref', 'in', purchaseIds)
    .groupBy(['cause_ref', 'program_id', 'unit'])
    .execute();
}
