import { sql } from 'kysely';
import type { Tx } from '../db/tenant.ts';
import type { InteractionTotals } from './interactions.ts';

/** Contacts of `accountId` (or of any account when null), as a SQL condition on a customer id column. */
const contactOf = (merchantId: string, accountId: string | null) =>
  accountId === null
    ? sql`select k.customer_id from b2b_account_contacts k where k.merchant_id = ${merchantId}`
    : sql`select k.customer_id from b2b_account_contacts k
           where k.merchant_id = ${merchantId} and k.account_id = ${accountId}`;

/**
 * What each account's contacts bought since `since`, per item category, net of nothing (the
 * items of a receipt, quantity × unit price): what the purchase potential compares.
 */
export async function accountSpendByCategory(tx: Tx, merchantId: string, since: Date) {
  const { rows } = await sql<{ account_id: string; category: string; cents: number }>`
    select k.account_id, item->>'category' as category,
           sum((item->>'quantity')::numeric * (item->>'unitPriceCents')::numeric)::int8 as cents
      from purchases p
      join b2b_account_contacts k on k.merchant_id = p.merchant_id and k.customer_id = p.customer_id
      cross join lateral jsonb_array_elements(coalesce(p.items::jsonb, '[]'::jsonb)) as item
     where p.merchant_id = ${merchantId} and p.occurred_at >= ${since}
     group by 1, 2`.execute(tx);
  return rows;
}

/** Net spend (sales − refunds) of an account's contacts, all time and since `since`. */
export async function accountNetSpend(tx: Tx, merchantId: string, accountId: string, since: Date) {
  const { rows } = await sql<{ total: number; recent: number; first_at: Date | null }>`
    select coalesce(sum(p.amount_cents - coalesce(r.refunded, 0)), 0)::int8 as total,
           coalesce(sum(p.amount_cents - coalesce(r.refunded, 0))
                      filter (where p.occurred_at >= ${since}), 0)::int8 as recent,
           min(p.occurred_at) as first_at
      from purchases p
      left join lateral (select sum(f.amount_cents) as refunded from refunds f
                          where f.merchant_id = p.merchant_id and f.purchase_id = p.id) r on true
     where p.merchant_id = ${merchantId}
       and p.customer_id in (${contactOf(merchantId, accountId)})`.execute(tx);
  const row = rows[0]!;
  return { ...row, first_at: row.first_at === null ? null : new Date(row.first_at) };
}

/** What serving an account took: its contacts' interactions summed, like a customer's. */
export async function accountInteractionTotals(
  tx: Tx,
  merchantId: string,
  accountId: string,
): Promise<InteractionTotals> {
  const { rows } = await sql<InteractionTotals>`
    select count(*)::int8 as count,
           coalesce(sum(minutes_spent), 0)::int8 as minutes,
           coalesce(sum(conceded_cents), 0)::int8 as "concededCents",
           coalesce(sum(late_amount_cents * late_days), 0)::int8 as "lateCentDays",
           (count(*) filter (where dispute_status = 'open'))::int8 as "openDisputes"
      from interactions
     where merchant_id = ${merchantId}
       and customer_id in (${contactOf(merchantId, accountId)})`.execute(tx);
  return rows[0]!;
}

export type HistoryEvent = {
  kind: 'purchase' | 'refund' | 'interaction' | 'invoice_issued' | 'invoice_paid';
  at: string;
  customer_id: string | null;
  amount_cents: number | null;
  /** The interaction's kind, or the invoice's number. */
  detail: string | null;
};

/**
 * The history of the relationship with an account, most recent first: its contacts'
 * purchases, refunds and interactions, its invoices issued and paid. Days of invoices are
 * given as the day itself; events of a day sort by their time.
 */
export async function accountHistory(
  tx: Tx,
  merchantId: string,
  accountId: string,
  limit: number,
): Promise<HistoryEvent[]> {
  const contacts = contactOf(merchantId, accountId);
  const { rows } = await sql<HistoryEvent>`
    select * from (
      select 'purchase' as kind, to_char(p.occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as at,
             p.customer_id::text, p.amount_cents::int8 as amount_cents, null as detail
        from purchases p where p.merchant_id = ${merchantId} and p.customer_id in (${contacts})
      union all
      select 'refund', to_char(f.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
             p.customer_id::text, f.amount_cents::int8, null
        from refunds f join purchases p on p.merchant_id = f.merchant_id and p.id = f.purchase_id
       where f.merchant_id = ${merchantId} and p.customer_id in (${contacts})
      union all
      select 'interaction', to_char(i.occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
             i.customer_id::text, nullif(i.conceded_cents, 0)::int8, i.kind
        from interactions i where i.merchant_id = ${merchantId} and i.customer_id in (${contacts})
      union all
      select 'invoice_issued', to_char(v.issued_on, 'YYYY-MM-DD'), null, v.amount_cents::int8, v.number
        from b2b_invoices v where v.merchant_id = ${merchantId} and v.account_id = ${accountId}
      union all
      select 'invoice_paid', to_char(v.paid_on, 'YYYY-MM-DD'), null, v.amount_cents::int8, v.number
        from b2b_invoices v
       where v.merchant_id = ${merchantId} and v.account_id = ${accountId} and v.paid_on is not null
    ) events
    order by at desc, kind
    limit ${limit}`.execute(tx);
  return rows;
}
