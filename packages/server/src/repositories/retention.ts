import { sql } from 'kysely';
import type { Tx } from '../db/tenant.ts';

export type InactiveCustomer = {
  id: string;
  first_name: string | null;
  last_name: string | null;
  email: string | null;
  erased_at: Date | null;
  last_activity: Date;
};

/**
 * Customers not yet erased whose last activity (sign-up, purchase, refund, redemption — never
 * an opened email) is before `before`, oldest first. A merge is not activity, but what the
 * customers merged into this one did is: their sign-ups and their redemptions (which stay on
 * them) count; their purchases and refunds moved with the merge.
 */
export async function inactiveCustomers(
  tx: Tx,
  merchantId: string,
  before: Date,
  limit: number,
): Promise<InactiveCustomer[]> {
  const { rows } = await sql<InactiveCustomer>`
    select * from (
      select c.id, c.first_name, c.last_name, c.email, c.erased_at,
             greatest(
               c.customer_since,
               (select max(p.occurred_at) from purchases p
                 where p.merchant_id = c.merchant_id and p.customer_id = c.id),
               (select max(r.created_at) from refunds r join purchases p
                    on p.merchant_id = r.merchant_id and p.id = r.purchase_id
                 where r.merchant_id = c.merchant_id and p.customer_id = c.id),
               (select max(d.created_at) from redemptions d
                 where d.merchant_id = c.merchant_id and d.customer_id = c.id),
               (select max(greatest(m.customer_since,
                   (select max(d.created_at) from redemptions d
                     where d.merchant_id = m.merchant_id and d.customer_id = m.id)))
                  from customers m
                 where m.merchant_id = c.merchant_id and m.merged_into = c.id)
             ) as last_activity
        from customers c
       where c.merchant_id = ${merchantId} and c.erased_at is null and c.merged_into is null
    ) a
    where a.last_activity < ${before}
    order by a.last_activity, a.id
    limit ${limit}`.execute(tx);
  return rows;
}
