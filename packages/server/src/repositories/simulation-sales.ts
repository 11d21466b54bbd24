import type { PastPurchase } from '@habitue/loyalty';
import { sql } from 'kysely';
import type { Tx } from '../db/tenant.ts';

/**
 * A shop's sales in [from, to), net of their refunds (a sale refunded in full is left out), for
 * the simulator to replay. Imported history counts: it is what the shop really sold.
 */
export async function listSalesBetween(
  tx: Tx,
  merchantId: string,
  range: { from: Date; to: Date },
): Promise<PastPurchase[]> {
  const { rows } = await sql<{
    id: string;
    customer_id: string;
    occurred_at: Date;
    net_cents: string | number;
  }>`
    select p.id, p.customer_id, p.occurred_at,
           p.amount_cents - coalesce((select sum(r.amount_cents) from refunds r
                                       where r.merchant_id = p.merchant_id
                                         and r.purchase_id = p.id), 0) as net_cents
      from purchases p
     where p.merchant_id = ${merchantId}
       and p.occurred_at >= ${range.from} and p.occurred_at < ${range.to}
     order by p.occurred_at, p.id`.execute(tx);
  return rows
    .map((r) => ({
      id: r.id,
      customerId: r.customer_id,
      at: new Date(r.occurred_at),
      amountCents: Number(r.net_cents),
    }))
    .filter((p) => p.amountCents > 0);
}
