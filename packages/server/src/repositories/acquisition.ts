import { sql } from 'kysely';
import type { Tx } from '../db/tenant.ts';

/** The shop's answers to "comment nous avez-vous connus ?", in the owner's order. */
export function listAcquisitionChannels(tx: Tx, merchantId: string) {
  return tx
    .selectFrom('acquisition_channels')
    .select(['id', 'label', 'position', 'archived_at'])
    .where('merchant_id', '=', merchantId)
    .orderBy('position')
    .orderBy('created_at')
    .execute();
}

export function findAcquisitionChannel(tx: Tx, merchantId: string, id: string) {
  return tx
    .selectFrom('acquisition_channels')
    .select(['id', 'label', 'position', 'archived_at'])
    .where('merchant_id', '=', merchantId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export function insertAcquisitionChannel(
  tx: Tx,
  c: { merchantId: string; id: string; label: string; position: number; at: Date },
) {
  return tx
    .insertInto('acquisition_channels')
    .values({
      merchant_id: c.merchantId,
      id: c.id,
      label: c.label,
      position: c.position,
      created_at: c.at,
    })
    .returning(['id', 'label', 'position', 'archived_at'])
    .executeTakeFirstOrThrow();
}

export function updateAcquisitionChannel(
  tx: Tx,
  merchantId: string,
  id: string,
  change: { label?: string; position?: number; archived_at?: Date | null },
) {
  return tx
    .updateTable('acquisition_channels')
    .set(change)
    .where('merchant_id', '=', merchantId)
    .where('id', '=', id)
    .returning(['id', 'label', 'position', 'archived_at'])
    .executeTakeFirstOrThrow();
}

/** Records (or replaces) how a customer came. */
export function saveCustomerAcquisition(
  tx: Tx,
  a: {
    merchantId: string;
    customerId: string;
    channelId: string;
    recordedBy: 'signup' | 'staff';
    at: Date;
  },
) {
  return tx
    .insertInto('customer_acquisitions')
    .values({
      merchant_id: a.merchantId,
      customer_id: a.customerId,
      channel_id: a.channelId,
      recorded_by: a.recordedBy,
      recorded_at: a.at,
    })
    .onConflict((oc) =>
      oc.columns(['merchant_id', 'customer_id']).doUpdateSet({
        channel_id: a.channelId,
        recorded_by: a.recordedBy,
        recorded_at: a.at,
      }),
    )
    .execute();
}

export function deleteCustomerAcquisition(tx: Tx, merchantId: string, customerId: string) {
  return tx
    .deleteFrom('customer_acquisitions')
    .where('merchant_id', '=', merchantId)
    .where('customer_id', '=', customerId)
    .execute();
}

/** What is known of how one customer came: the answer, the referral, the import. */
export function findCustomerAcquisition(tx: Tx, merchantId: string, customerId: string) {
  return (
    tx
      .selectFrom('customers as c')
      // Every table filtered by the merchant's id itself, not through the join: a Citus cluster
      // on PostgreSQL 15/16 refuses an outer join it cannot route to one shard.
      .leftJoin('customer_acquisitions as a', (j) =>
        j.on('a.merchant_id', '=', merchantId).onRef('a.customer_id', '=', 'c.id'),
      )
      .select((eb) => [
        'c.imported',
        'a.channel_id',
        'a.recorded_by',
        'a.recorded_at',
        eb
          .exists(
            eb
              .selectFrom('referrals as r')
              .select('r.referee_id')
              .where('r.merchant_id', '=', merchantId)
              .whereRef('r.referee_id', '=', 'c.id'),
          )
          .as('referred'),
      ])
      .where('c.merchant_id', '=', merchantId)
      .where('c.id', '=', customerId)
      .executeTakeFirst()
  );
}

export type AcquisitionFactsRow = {
  customer_id: string;
  acquired_on: string;
  imported: boolean;
  referred: boolean;
  channel_id: string | null;
};

/**
 * Every customer still on file (merged duplicates are counted in their survivor), the local
 * day they became a customer — their first purchase if it came before the card — and how they
 * came. Erased customers stay: they were acquired, and their purchases stay in the books.
 */
export async function listAcquisitionFacts(
  tx: Tx,
  merchantId: string,
  timeZone: string,
): Promise<AcquisitionFactsRow[]> {
  const { rows } = await sql<AcquisitionFactsRow>`
    select c.id as customer_id,
           to_char((least(c.customer_since,
                          coalesce((select min(p.occurred_at) from purchases p
                                     where p.merchant_id = ${merchantId} and p.customer_id = c.id),
                                   c.customer_since))
                     at time zone ${timeZone})::date, 'YYYY-MM-DD') as acquired_on,
           c.imported,
           exists (select 1 from referrals r
                    where r.merchant_id = ${merchantId} and r.referee_id = c.id) as referred,
           a.channel_id
      from customers c
      -- the merchant's id itself on every table, as in findCustomerAcquisition
      left join customer_acquisitions a on a.merchant_id = ${merchantId} and a.customer_id = c.id
     where c.merchant_id = ${merchantId} and c.merged_into is null`.execute(tx);
  return rows;
}

export type DailyRevenueRow = { customer_id: string; day: string; net_cents: number };

/** Each customer's net revenue (purchases less their refunds) per shop-local day. */
export async function listDailyRevenue(
  tx: Tx,
  merchantId: string,
  timeZone: string,
): Promise<DailyRevenueRow[]> {
  const { rows } = await sql<DailyRevenueRow>`
    select p.customer_id,
           to_char((p.occurred_at at time zone ${timeZone})::date, 'YYYY-MM-DD') as day,
           sum(p.amount_cents - coalesce((select sum(f.amount_cents) from refunds f
                                           where f.merchant_id = p.merchant_id
                                             and f.purchase_id = p.id), 0))::int8 as net_cents
      from purchases p
     where p.merchant_id = ${merchantId}
     group by 1, 2`.execute(tx);
  return rows;
}

/** The spend entered between two months ('YYYY-MM-01', both included). */
export function listAcquisitionSpend(tx: Tx, merchantId: string, from: string, to: string) {
  return tx
    .selectFrom('acquisition_spend')
    .select(['month', 'budget', 'channel', 'amount_cents', 'updated_at'])
    .where('merchant_id', '=', merchantId)
    .where('month', '>=', from)
    .where('month', '<=', to)
    .orderBy('month')
    .orderBy('budget')
    .orderBy('channel')
    .execute();
}

/** Sets one month's amount on a budget (and channel): a second call replaces the first. */
export function saveAcquisitionSpend(
  tx: Tx,
  s: {
    merchantId: string;
    month: string;
    budget: 'development' | 'loyalty';
    channel: string;
    amountCents: number;
    at: Date;
  },
) {
  return tx
    .insertInto('acquisition_spend')
    .values({
      merchant_id: s.merchantId,
      month: s.month,
      budget: s.budget,
      channel: s.channel,
      amount_cents: s.amountCents,
      updated_at: s.at,
    })
    .onConflict((oc) =>
      oc
        .columns(['merchant_id', 'month', 'budget', 'channel'])
        .doUpdateSet({ amount_cents: s.amountCents, updated_at: s.at }),
    )
    .execute();
}
