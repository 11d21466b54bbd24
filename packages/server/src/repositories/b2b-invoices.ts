import type { Tx } from '../db/tenant.ts';

export type InvoiceFields = {
  number: string;
  amountCents: number;
  issuedOn: string;
  dueOn: string;
  paidOn: string | null;
};

export function insertInvoice(
  tx: Tx,
  merchantId: string,
  accountId: string,
  id: string,
  fields: InvoiceFields,
  at: Date,
) {
  return tx
    .insertInto('b2b_invoices')
    .values({
      merchant_id: merchantId,
      id,
      account_id: accountId,
      number: fields.number,
      amount_cents: fields.amountCents,
      issued_on: fields.issuedOn,
      due_on: fields.dueOn,
      paid_on: fields.paidOn,
      created_at: at,
      updated_at: at,
    })
    .onConflict((oc) => oc.columns(['merchant_id', 'account_id', 'number']).doNothing())
    .returningAll()
    .executeTakeFirst();
}

export type InvoiceRow = NonNullable<Awaited<ReturnType<typeof findInvoiceByNumber>>>;

export function findInvoiceByNumber(tx: Tx, merchantId: string, accountId: string, number: string) {
  return tx
    .selectFrom('b2b_invoices')
    .selectAll()
    .where('merchant_id', '=', merchantId)
    .where('account_id', '=', accountId)
    .where('number', '=', number)
    .executeTakeFirst();
}

export function findInvoice(tx: Tx, merchantId: string, accountId: string, id: string) {
  return tx
    .selectFrom('b2b_invoices')
    .selectAll()
    .where('merchant_id', '=', merchantId)
    .where('account_id', '=', accountId)
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

export function setInvoicePaidOn(
  tx: Tx,
  merchantId: string,
  id: string,
  paidOn: string | null,
  at: Date,
) {
  return tx
    .updateTable('b2b_invoices')
    .set({ paid_on: paidOn, updated_at: at })
    .where('merchant_id', '=', merchantId)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** An account's invoices, the latest issued first. */
export function listInvoices(tx: Tx, merchantId: string, accountId: string) {
  return tx
    .selectFrom('b2b_invoices')
    .selectAll()
    .where('merchant_id', '=', merchantId)
    .where('account_id', '=', accountId)
    .orderBy('issued_on', 'desc')
    .orderBy('number', 'desc')
    .execute();
}

/** Every invoice of the shop, for the priority list. */
export function listAllInvoices(tx: Tx, merchantId: string) {
  return tx
    .selectFrom('b2b_invoices')
    .select(['account_id', 'amount_cents', 'issued_on', 'due_on', 'paid_on'])
    .where('merchant_id', '=', merchantId)
    .execute();
}
