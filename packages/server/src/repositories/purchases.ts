import type { PurchaseItem } from '@habitue/loyalty';
import { sql } from 'kysely';
import type { Tx } from '../db/tenant.ts';
import type { Actor } from '../use-cases/scope.ts';

export type NewPurchase = {
  merchantId: string;
  id: string;
  customerId: string;
  amountCents: number;
  occurredAt: Date;
  locationId: string | null;
  externalId: string | null;
  items: readonly PurchaseItem[] | null;
  /** What the till took off before the customer paid `amountCents`. */
  discounts?: readonly unknown[] | null;
  actor: Actor;
};

export function insertPurchase(tx: Tx, p: NewPurchase) {
  return tx
    .insertInto('purchases')
    .values({
      merchant_id: p.merchantId,
      id: p.id,
      customer_id: p.customerId,
      amount_cents: p.amountCents,
      occurred_at: p.occurredAt,
      location_id: p.locationId,
      external_id: p.externalId,
      items: p.items ? JSON.stringify(p.items) : null,
      actor_type: p.actor.type,
      actor_id: p.actor.id,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export function findPurchase(tx: Tx, merchantId: string, id: string) {
  return tx
    .selectFrom('purchases')
    .selectAll()
    .where('merchant_id', '=', merchantId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export function findPurchaseByExternalId(tx: Tx, merchantId: string, externalId: string) {
  return tx
    .selectFrom('purchases')
    .selectAll()
    .where('merchant_id', '=', merchantId)
    .where('external_id', '=', externalId)
    .executeTakeFirst();
}

/** Cents already refunded on a purchase. */
export async function refundedCents(
  tx: Tx,
  merchantId: string,
  purchaseId: string,
): Promise<number> {
  const row = await tx
    .selectFrom('refunds')
    .select((eb) => eb.fn.coalesce(eb.fn.sum<number>('amount_cents'), eb.val(0)).as('total'))
    .where('merchant_id', '=', merchantId)
    .where('purchase_id', '=', purchaseId)
    .executeTakeFirstOrThrow();
  return Number(row.total);
}

export async function insertRefund(
  tx: Tx,
  r: {
    merchantId: string;
    id: string;
    purchaseId: string;
    amountCents: number;
    reason: string | null;
    actor: Actor;
    /** When the refund was made (the scope's clock; tiers date spend taken back by it). */
    at?: Date;
  },
) {
  await tx
    .insertInto('refunds')
    .values({
      merchant_id: r.merchantId,
      id: r.id,
      purchase_id: r.purchaseId,
      amount_cents: r.amountCents,
      reason: r.reason,
      actor_type: r.actor.type,
      actor_id: r.actor.id,
      ...(r.at ? { created_at: r.at } : {}),
    })
    .execute();
}

/** Ledger entries a purchase produced (to replay a re-sent externalId's answer). */
export function entriesCausedBy(tx: Tx, merchantId: string, purchaseId: string) {
  return tx
    .selectFrom('ledger_entries')
    .selectAll()
    .where('merchant_id', '=', merchantId)
    .where('cause_ref', '=', purchaseId)
    .where('cause_type', '=', 'purchase')
    .execute();
}

/** How many purchases since `since`, and the 99th percentile of their amounts (null if none). */
export async function basketPercentile(tx: Tx, merchantId: string, since: Date) {
  const row = await tx
    .selectFrom('purchases')
    .select([
      sql<number>`count(*)`.as('n'),
      sql<number | null>`percentile_cont(0.99) within group (order by amount_cents)`.as('p99'),
    ])
    .where('merchant_id', '=', merchantId)
    .where('occurred_at', '>=', since)
    .executeTakeFirstOrThrow();
  return { count: Number(row.n), p99Cents: row.p99 === null ? null : Number(row.p99) };
}

/** Whether the customer has any purchase on record (imported history included). */
export async function hasRecordedPurchase(tx: Tx, merchantId: string, customerId: string) {
  const row = await tx
    .selectFrom('purchases')
    .select('id')
    .where('merchant_id', '=', merchantId)
    .where('customer_id', '=', customerId)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}
