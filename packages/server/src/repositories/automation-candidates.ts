import { sql } from 'kysely';
import type { Tx } from '../db/tenant.ts';

/**
 * Customers an automation may greet: not erased, and not created by an import unless they
 * have bought in the shop since (an import brings history, not occasions).
 */
export const ELIGIBLE = sql`c.erased_at is null
  and (not c.imported or exists (select 1 from purchases q
        where q.merchant_id = c.merchant_id and q.customer_id = c.id and q.source = 'recorded'))`;

/** Members who joined at or after `from`. */
export async function membersJoinedSince(tx: Tx, merchantId: string, from: Date) {
  const result = await sql<{ id: string; member_since: Date }>`
    select c.id, c.member_since from customers c
     where c.merchant_id = ${merchantId} and c.member_since >= ${from} and ${ELIGIBLE}
     order by c.member_since, c.id`.execute(tx);
  return result.rows.map((r) => ({ ...r, member_since: new Date(r.member_since) }));
}
