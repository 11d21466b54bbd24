import { sql } from 'kysely';
import type { Tx } from '../db/tenant.ts';

export type ItemisedPurchaseRow = {
  customer_id: string;
  occurred_at: Date;
  items: { sku?: string; name?: string }[];
};

/**
 * The shop's purchases that list their items and were not refunded in full (a returned
 * product was not a habit), with the customer (the survivor for a merged duplicate's past);
 * one customer's only when `customerId` is given.
 */
export async function listItemisedPurchases(tx: Tx, merchantId: string, customerId?: string) {
  const oneCustomer = customerId === undefined ? sql`` : sql`and p.customer_id = ${customerId}`;
  const { rows } = await sql<ItemisedPurchaseRow>`
    select p.customer_id, p.occurred_at, p.items
      from purchases p
     where p.merchant_id = ${merchantId} ${oneCustomer}
       and jsonb_typeof(p.items) = 'array' and jsonb_array_length(p.items) > 0
       and (p.amount_cents = 0
            or p.amount_cents > coalesce((select sum(f.amount_cents) from refunds f
                                           where f.merchant_id = p.merchant_id
                                             and f.purchase_id = p.id), 0))`.execute(tx);
  return rows;
}

/** What identifies the shop's stored rules (which data, when mined), without the rules. */
export function findCrossSellRulesStamp(tx: Tx, merchantId: string) {
  return tx
    .selectFrom('cross_sell_rules')
    .select(['data_version', 'computed_at'])
    .where('merchant_id', '=', merchantId)
    .executeTakeFirst();
}

/** The shop's stored rules, if they were mined from this data version. */
export function findCrossSellRules(tx: Tx, merchantId: string, dataVersion: string) {
  return tx
    .selectFrom('cross_sell_rules')
    .select(['data_version', 'computed_at', 'customers_with_items', 'rules', 'names'])
    .where('merchant_id', '=', merchantId)
    .where('data_version', '=', dataVersion)
    .executeTakeFirst();
}

/**
 * Keeps the newer mining: an older one finishing late does not overwrite it (one mined at the
 * same instant does; at worst a stale version is stored and mined again by the next reader).
 */
export async function saveCrossSellRules(
  tx: Tx,
  merchantId: string,
  row: {
    dataVersion: string;
    computedAt: Date;
    customersWithItems: number;
    rules: unknown;
    names: unknown;
  },
): Promise<void> {
  const values = {
    data_version: row.dataVersion,
    computed_at: row.computedAt,
    customers_with_items: row.customersWithItems,
    rules: JSON.stringify(row.rules),
    names: JSON.stringify(row.names),
  };
  await tx
    .insertInto('cross_sell_rules')
    .values({ merchant_id: merchantId, ...values })
    .onConflict((oc) =>
      oc
        .column('merchant_id')
        .doUpdateSet(values)
        .where('cross_sell_rules.computed_at', '<=', row.computedAt),
    )
    .execute();
}
