import { sql } from 'kysely';
import type { Tx } from '../db/tenant.ts';

/** What the segment and the consent rules need to know about one customer. */
export type AudienceRow = {
  id: string;
  first_name: string | null;
  email: string | null;
  phone: string | null;
  birth_month: number | null;
  /** Null for a customer who is not a member (no tier). */
  member_since: Date | null;
  tags: string[];
  program_ids: string[];
  first_purchase_at: Date | null;
  /** A contact of a business account: B2B for the consent rules. */
  b2b_contact: boolean;
  consents: Array<{ channel: 'email' | 'sms' | 'post'; granted: boolean; at: string }>;
};

/**
 * Every customer of the merchant (or only `customerIds`) with their tags, the programs they
 * hold a card in, their first real purchase and their whole consent history, in one query.
 */
export async function listAudienceRows(
  tx: Tx,
  merchantId: string,
  customerIds?: readonly string[],
): Promise<AudienceRow[]> {
  const only =
    customerIds === undefined
      ? sql``
      : customerIds.length === 0
        ? sql`and false`
        : sql`and c.id = any(${[...customerIds]}::uuid[])`;
  const result = await sql<AudienceRow>`
    select c.id, c.first_name, c.email, c.phone, c.birth_month, c.member_since,
      coalesce((select array_agg(t.tag order by t.tag) from customer_tags t
                 where t.merchant_id = c.merchant_id and t.customer_id = c.id), '{}') as tags,
      coalesce((select array_agg(distinct l.program_id) from ledger_entries l
                 where l.merchant_id = c.merchant_id and l.customer_id = c.id), '{}') as program_ids,
      (select min(p.occurred_at) from purchases p
        where p.merchant_id = c.merchant_id and p.customer_id = c.id
          -- A sale refunded in full was not a purchase.
          and p.amount_cents > coalesce((select sum(f.amount_cents) from refunds f
                                          where f.merchant_id = p.merchant_id
                                            and f.purchase_id = p.id), 0)) as first_purchase_at,
      exists (select 1 from b2b_account_contacts k
               where k.merchant_id = c.merchant_id and k.customer_id = c.id) as b2b_contact,
      coalesce((select json_agg(json_build_object('channel', k.channel, 'granted', k.granted,
                                                  'at', k.recorded_at))
                  from consents k where k.merchant_id = c.merchant_id and k.customer_id = c.id),
               '[]') as consents
      from customers c
     where c.merchant_id = ${merchantId} and c.merged_into is null ${only}
     order by c.id`.execute(tx);
  return result.rows.map((r) => ({
    ...r,
    program_ids: r.program_ids.map(String),
    first_purchase_at: r.first_purchase_at === null ? null : new Date(r.first_purchase_at),
  }));
}
