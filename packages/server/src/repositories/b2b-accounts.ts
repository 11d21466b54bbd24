import { sql } from 'kysely';
import type { Tx } from '../db/tenant.ts';

export type B2bAccountFields = {
  companyName: string;
  siren: string | null;
  siret: string | null;
  address: string | null;
  paymentTermsDays: number;
  potentialEstimateCents: number | null;
};

export function insertB2bAccount(
  tx: Tx,
  merchantId: string,
  id: string,
  fields: B2bAccountFields,
  at: Date,
) {
  return tx
    .insertInto('b2b_accounts')
    .values({
      merchant_id: merchantId,
      id,
      company_name: fields.companyName,
      siren: fields.siren,
      siret: fields.siret,
      address: fields.address,
      payment_terms_days: fields.paymentTermsDays,
      potential_estimate_cents: fields.potentialEstimateCents,
      created_at: at,
      updated_at: at,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export function updateB2bAccount(
  tx: Tx,
  merchantId: string,
  id: string,
  fields: B2bAccountFields,
  at: Date,
) {
  return tx
    .updateTable('b2b_accounts')
    .set({
      company_name: fields.companyName,
      siren: fields.siren,
      siret: fields.siret,
      address: fields.address,
      payment_terms_days: fields.paymentTermsDays,
      potential_estimate_cents: fields.potentialEstimateCents,
      updated_at: at,
    })
    .where('merchant_id', '=', merchantId)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();
}

export type B2bAccountRow = NonNullable<Awaited<ReturnType<typeof findB2bAccount>>>;

export function findB2bAccount(tx: Tx, merchantId: string, id: string, options = { lock: false }) {
  return tx
    .selectFrom('b2b_accounts')
    .selectAll()
    .where('merchant_id', '=', merchantId)
    .where('id', '=', id)
    .$if(options.lock, (q) => q.forUpdate())
    .executeTakeFirst();
}

/** Another account of the shop with this SIRET, if any. */
export function findB2bAccountBySiret(tx: Tx, merchantId: string, siret: string) {
  return tx
    .selectFrom('b2b_accounts')
    .select(['id', 'company_name'])
    .where('merchant_id', '=', merchantId)
    .where('siret', '=', siret)
    .executeTakeFirst();
}

/** Every account with how many contacts it has, by company name. */
export function listB2bAccounts(tx: Tx, merchantId: string) {
  return tx
    .selectFrom('b2b_accounts as a')
    .selectAll('a')
    .select((eb) =>
      eb
        .selectFrom('b2b_account_contacts as c')
        .select(sql<number>`count(*)::int8`.as('n'))
        .whereRef('c.merchant_id', '=', 'a.merchant_id')
        .whereRef('c.account_id', '=', 'a.id')
        .as('contact_count'),
    )
    .where('a.merchant_id', '=', merchantId)
    .orderBy(sql`lower(a.company_name)`)
    .orderBy('a.id')
    .execute();
}

/** The contacts of an account: customers, with what identifies them. */
export function listB2bContacts(tx: Tx, merchantId: string, accountId: string) {
  return tx
    .selectFrom('b2b_account_contacts as k')
    .innerJoin('customers as c', (join) =>
      join.onRef('c.merchant_id', '=', 'k.merchant_id').onRef('c.id', '=', 'k.customer_id'),
    )
    .select(['c.id', 'c.first_name', 'c.last_name', 'c.email', 'c.phone', 'k.added_at'])
    .where('k.merchant_id', '=', merchantId)
    .where('k.account_id', '=', accountId)
    .orderBy('k.added_at')
    .orderBy('c.id')
    .execute();
}

/** Which account a customer is a contact of, if any. */
export function findAccountOfCustomer(tx: Tx, merchantId: string, customerId: string) {
  return tx
    .selectFrom('b2b_account_contacts')
    .select(['account_id', 'added_at'])
    .where('merchant_id', '=', merchantId)
    .where('customer_id', '=', customerId)
    .executeTakeFirst();
}

export function insertB2bContact(
  tx: Tx,
  merchantId: string,
  accountId: string,
  customerId: string,
  at: Date,
) {
  return tx
    .insertInto('b2b_account_contacts')
    .values({
      merchant_id: merchantId,
      account_id: accountId,
      customer_id: customerId,
      added_at: at,
    })
    .onConflict((oc) => oc.columns(['merchant_id', 'customer_id']).doNothing())
    .executeTakeFirst();
}

export async function deleteB2bContact(
  tx: Tx,
  merchantId: string,
  accountId: string,
  customerId: string,
): Promise<boolean> {
  const result = await tx
    .deleteFrom('b2b_account_contacts')
    .where('merchant_id', '=', merchantId)
    .where('account_id', '=', accountId)
    .where('customer_id', '=', customerId)
    .executeTakeFirst();
  return result.numDeletedRows > 0n;
}

/** Every (account, customer) pair of the shop: to group customers by account. */
export function listAllB2bContacts(tx: Tx, merchantId: string) {
  return tx
    .selectFrom('b2b_account_contacts')
    .select(['account_id', 'customer_id'])
    .where('merchant_id', '=', merchantId)
    .execute();
}

/** A merge: the survivor takes the duplicate's place among an account's contacts. */
export async function moveB2bContact(tx: Tx, merchantId: string, from: string, to: string) {
  await tx
    .updateTable('b2b_account_contacts')
    .set({ customer_id: to })
    .where('merchant_id', '=', merchantId)
    .where('customer_id', '=', from)
    .execute();
}

/** The customer is no one's contact any more (a merge into another contact of that account). */
export async function deleteContactLink(tx: Tx, merchantId: string, customerId: string) {
  await tx
    .deleteFrom('b2b_account_contacts')
    .where('merchant_id', '=', merchantId)
    .where('customer_id', '=', customerId)
    .execute();
}
