import { sql } from 'kysely';
import type { Tx } from '../db/tenant.ts';

/** One customer as the analytics see them: who, and since when a member. */
export type AnalyticsCustomerRow = {
  id: string;
  first_name: string | null;
  last_name: string | null;
  email: string | null;
  company: string | null;
  customer_since: Date;
  member_since: Date | null;
};

/**
 * A purchase net of its refunds, flattened for the analysis: the customer, the merchant-local
 * calendar day (days since 1970-01-01 in the merchant's time zone) and the amount kept.
 */
export type AnalyticsMovementRow = { customer_id: string; day: number; amount_cents: number };

/** Every customer of the merchant, oldest first. */
export function listAnalyticsCustomers(tx: Tx, merchantId: string) {
  return tx
    .selectFrom('customers')
    .select(['id', 'first_name', 'last_name', 'email', 'company', 'customer_since', 'member_since'])
    .where('merchant_id', '=', merchantId)
    .where('merged_into', 'is', null)
    .orderBy('customer_since')
    .orderBy('id')
    .execute() as Promise<AnalyticsCustomerRow[]>;
}

/**
 * Purchases of the merchant, each on its local day in `timeZone`, with refunds subtracted from
 * the purchase they refund. A purchase refunded in full is a cancelled sale and is left out.
 */
export async function listAnalyticsPurchases(
  tx: Tx,
  merchantId: string,
  timeZone: string,
): Promise<AnalyticsMovementRow[]> {
  const result = await sql<AnalyticsMovementRow>`
    select p.customer_id,
           ((p.occurred_at at time zone ${timeZone})::date - date '1970-01-01') as day,
           (p.amount_cents - coalesce(r.refunded, 0))::int as amount_cents
      from purchases p
      left join (select purchase_id, sum(amount_cents) as refunded
                   from refunds where merchant_id = ${merchantId} group by purchase_id) r
        on r.purchase_id = p.id
     where p.merchant_id = ${merchantId}
       and p.amount_cents - coalesce(r.refunded, 0) > 0`.execute(tx);
  return result.rows;
}

/**
 * What changes whenever a figure could change: counts and latest writes of purchases, refunds
 * and customers (a new member, a new customer). Cheap enough to ask on every dashboard load.
 */
export async function analyticsDataVersion(
  tx: Tx,
  merchantId: string,
): Promise<{ version: string; latestAt: Date | null }> {
  const result = await sql<{ version: string; latest_at: Date | string | null }>`
    select concat_ws('/',
      (select count(*) || ':' || coalesce(max(created_at)::text, '') from purchases where merchant_id = ${merchantId}),
      (select count(*) || ':' || coalesce(max(created_at)::text, '') from refunds where merchant_id = ${merchantId}),
      (select count(*) || ':' || coalesce(max(updated_at)::text, '') || ':' || count(member_since) from customers where merchant_id = ${merchantId})
    ) as version,
    greatest(
      (select max(created_at) from purchases where merchant_id = ${merchantId}),
      (select max(created_at) from refunds where merchant_id = ${merchantId})
    ) as latest_at`.execute(tx);
  const row = result.rows[0]!;
  return {
    version: row.version,
    latestAt: row.latest_at === null ? null : new Date(row.latest_at),
  };
}

/** The merchant's time zone, for local days and months. */
export async function merchantTimeZone(tx: Tx, merchantId: string): Promise<string> {
  const row = await tx
    .selectFrom('merchants')
    .select('time_zone')
    .where('id', '=', merchantId)
    .executeTakeFirstOrThrow();
  return row.time_zone;
}

/** Ids of the merchant's customers carrying `tag`. */
export async function customerIdsWithTag(
  tx: Tx,
  merchantId: string,
  tag: string,
): Promise<Set<string>> {
  const rows = await tx
    .selectFrom('customer_tags')
    .select('customer_id')
    .where('merchant_id', '=', merchantId)
    .where('tag', '=', tag)
    .execute();
  return new Set(rows.map((r) => r.customer_id));
}
