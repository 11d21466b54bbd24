import { sql } from 'kysely';
import type { Tx } from '../db/tenant.ts';

/**
 * Pages of a merchant's rows for the exports, in id order (ids are UUIDv7: time order), read
 * by key so that each page is one indexed range scan however far into the table it starts.
 */
export type PageOptions = { after?: string; limit: number };

/** Contact details of the given customers (one page of the customers export). */
export function customerContacts(tx: Tx, merchantId: string, ids: readonly string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return tx
    .selectFrom('customers')
    .select([
      'id',
      'first_name',
      'last_name',
      'email',
      'phone',
      'birth_day',
      'birth_month',
      'company',
      'customer_since',
      'member_since',
    ])
    .where('merchant_id', '=', merchantId)
    .where('id', 'in', ids)
    .execute();
}

/** Purchases with their customer's name, their refunds and their location. */
export function purchasesPage(tx: Tx, merchantId: string, page: PageOptions) {
  let q = tx
    .selectFrom('purchases as p')
    .innerJoin('customers as c', (j) =>
      j.onRef('c.merchant_id', '=', 'p.merchant_id').onRef('c.id', '=', 'p.customer_id'),
    )
    .leftJoin('locations as l', (j) =>
      j.onRef('l.merchant_id', '=', 'p.merchant_id').onRef('l.id', '=', 'p.location_id'),
    )
    .select([
      'p.id',
      'p.occurred_at',
      'p.customer_id',
      'c.first_name',
      'c.last_name',
      'p.amount_cents',
      'p.source',
      'p.external_id',
      'l.name as location',
    ])
    .select(
      sql<number>`coalesce((select sum(r.amount_cents) from refunds r where r.merchant_id = p.merchant_id and r.purchase_id = p.id), 0)`.as(
        'refunded_cents',
      ),
    )
    .where('p.merchant_id', '=', merchantId)
    .orderBy('p.id')
    .limit(page.limit);
  if (page.after) q = q.where('p.id', '>', page.after);
  return q.execute();
}

/** Ledger entries with their program's name: codes and amounts only, as the ledger holds. */
export function ledgerEntriesPage(tx: Tx, merchantId: string, page: PageOptions) {
  let q = tx
    .selectFrom('ledger_entries as e')
    .innerJoin('programs as g', (j) =>
      j.onRef('g.merchant_id', '=', 'e.merchant_id').onRef('g.id', '=', 'e.program_id'),
    )
    .select([
      'e.id',
      'e.occurred_at',
      'e.customer_id',
      'e.program_id',
      'g.name as program_name',
      'e.kind',
      'e.unit',
      'e.delta',
      'e.cause_type',
      'e.cause_ref',
    ])
    .where('e.merchant_id', '=', merchantId)
    .orderBy('e.id')
    .limit(page.limit);
  if (page.after) q = q.where('e.id', '>', page.after);
  return q.execute();
}
