import { sql } from 'kysely';
import type { Tx } from '../db/tenant.ts';

export type RecognitionRow = {
  customer_id: string;
  first_name: string | null;
  last_name: string | null;
  email: string | null;
  first_on: string;
  last_on: string;
  total_visits: number;
  recent_visits: number;
  recent_spend_cents: number;
};

/**
 * Per customer who kept at least one purchase: first and last purchase days, distinct purchase
 * days in all and since `since`, and what they spent since then, in the shop's time zone.
 * A purchase refunded in full was no visit.
 */
export async function listRecognitionFacts(
  tx: Tx,
  merchantId: string,
  timeZone: string,
  since: Date,
): Promise<RecognitionRow[]> {
  const { rows } = await sql<RecognitionRow>`
    with kept as (
      select p.customer_id, p.occurred_at,
             (p.occurred_at at time zone ${timeZone})::date as day,
             p.amount_cents - coalesce((select sum(f.amount_cents) from refunds f
                                         where f.merchant_id = p.merchant_id
                                           and f.purchase_id = p.id), 0) as net
        from purchases p
       where p.merchant_id = ${merchantId}
    )
    select k.customer_id, c.first_name, c.last_name, c.email,
           to_char(min(k.day), 'YYYY-MM-DD') as first_on,
           to_char(max(k.day), 'YYYY-MM-DD') as last_on,
           count(distinct k.day)::int8 as total_visits,
           count(distinct k.day) filter (where k.occurred_at >= ${since})::int8 as recent_visits,
           coalesce(sum(k.net) filter (where k.occurred_at >= ${since}), 0)::int8
             as recent_spend_cents
      from kept k
      join customers c on c.merchant_id = ${merchantId} and c.id = k.customer_id
     where k.net > 0
     group by k.customer_id, c.first_name, c.last_name, c.email`.execute(tx);
  return rows;
}

/** Unpaid invoices of every account, with the account's name. */
export function listUnpaidInvoices(tx: Tx, merchantId: string) {
  return tx
    .selectFrom('b2b_invoices as v')
    .innerJoin('b2b_accounts as a', (join) =>
      join.onRef('a.merchant_id', '=', 'v.merchant_id').onRef('a.id', '=', 'v.account_id'),
    )
    .select([
      'v.id',
      'v.account_id',
      'v.number',
      'v.amount_cents',
      'v.due_on',
      'v.paid_on',
      'a.company_name',
    ])
    .where('v.merchant_id', '=', merchantId)
    .where('v.paid_on', 'is', null)
    .execute();
}
