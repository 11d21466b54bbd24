import { sql } from 'kysely';
import type { Tx } from '../db/tenant.ts';

export type ItemisedPurchaseRow = {
  customer_id: string;
  occurred_at: Date;
  items: { sku?: string; name?: string }[];
};

/**
 * The shop's purchases that list their items and were not refunded in full (a returned
 * product was not a habit), with the customer (the survivor for a merged duplicate's past).
 */
export async function listItemisedPurchases(tx: Tx, merchantId: string) {
  const { rows } = await sql<ItemisedPurchaseRow>`
    select p.customer_id, p.occurred_at, p.items
      from purchases p
     where p.merchant_id = ${merchantId}
       and jsonb_typeof(p.items) = 'array' and jsonb_array_length(p.items) > 0
       and (p.amount_cents = 0
            or p.amount_cents > coalesce((select sum(f.amount_cents) from refunds f
                                           where f.merchant_id = p.merchant_id
                                             and f.purchase_id = p.id), 0))`.execute(tx);
  return rows;
}
