import { sql } from 'kysely';
import type { Tx } from '../db/tenant.ts';

/** A customer's tags, alphabetically. */
export async function listTags(tx: Tx, merchantId: string, customerId: string) {
  const rows = await tx
    .selectFrom('customer_tags')
    .select('tag')
    .where('merchant_id', '=', merchantId)
    .where('customer_id', '=', customerId)
    .orderBy('tag')
    .execute();
  return rows.map((r) => r.tag);
}

export async function insertTags(
  tx: Tx,
  merchantId: string,
  customerId: string,
  tags: readonly string[],
  at: Date,
) {
  if (tags.length === 0) return;
  await tx
    .insertInto('customer_tags')
    .values(
      tags.map((tag) => ({
        merchant_id: merchantId,
        customer_id: customerId,
        tag,
        created_at: at,
      })),
    )
    .onConflict((oc) => oc.doNothing())
    .execute();
}

export async function deleteTags(
  tx: Tx,
  merchantId: string,
  customerId: string,
  tags: readonly string[],
) {
  if (tags.length === 0) return;
  await tx
    .deleteFrom('customer_tags')
    .where('merchant_id', '=', merchantId)
    .where('customer_id', '=', customerId)
    .where('tag', 'in', tags)
    .execute();
}

/** Every tag the merchant uses, with how many customers carry it (for filters). */
export function tagCounts(tx: Tx, merchantId: string) {
  return tx
    .selectFrom('customer_tags')
    .select(['tag', sql<number>`count(*)::int`.as('customers')])
    .where('merchant_id', '=', merchantId)
    .groupBy('tag')
    .orderBy('tag')
    .execute();
}
