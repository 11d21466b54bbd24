import { uuidv7 } from 'uuidv7';
import type { Tx } from '../../db/tenant.ts';
import { AppError, type FieldError, notFound } from '../../errors/app-error.ts';
import { appendAudit } from '../../repositories/audit-log.ts';
import { findB2bAccount } from '../../repositories/b2b-accounts.ts';
import {
  findInvoiceByNumber,
  type InvoiceFields,
  type InvoiceRow,
  insertInvoice,
} from '../../repositories/b2b-invoices.ts';
import type { MerchantScope } from '../scope.ts';

export type InvoiceInput = {
  number: string;
  amountCents: number;
  issuedOn: string;
  /** Left out: the issue date + the account's payment terms. */
  dueOn?: string | undefined;
  paidOn?: string | null | undefined;
};

const addDays = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * Enters an invoice of an account, entered by hand or sent by an accounting tool. The number
 * identifies it within the account, which makes the call idempotent: the same invoice again
 * answers the stored one (`created: false`); another invoice under a taken number is refused
 * (409 `invoice_number_taken`).
 */
export async function recordInvoice(
  tx: Tx,
  scope: MerchantScope,
  accountId: string,
  input: InvoiceInput,
): Promise<{ invoice: InvoiceRow; created: boolean }> {
  const { merchantId, actor, now } = scope;
  const account = await findB2bAccount(tx, merchantId, accountId, { lock: true });
  if (!account) throw notFound('Account');
  const fields: InvoiceFields = {
    number: input.number.trim(),
    amountCents: input.amountCents,
    issuedOn: input.issuedOn,
    dueOn: input.dueOn ?? addDays(input.issuedOn, account.payment_terms_days),
    paidOn: input.paidOn ?? null,
  };
  checkDates(fields);
  const inserted = await insertInvoice(tx, merchantId, accountId, uuidv7(), fields, now);
  if (!inserted) {
    const stored = (await findInvoiceByNumber(tx, merchantId, accountId, fields.number))!;
    if (!sameInvoice(stored, fields)) {
      throw new AppError('invoice_number_taken', 'Another invoice has this number', {
        invoiceId: stored.id,
      });
    }
    return { invoice: stored, created: false };
  }
  await appendAudit(tx, merchantId, actor, now, {
    action: 'b2b_account.invoice_recorded',
    subjectType: 'b2b_account',
    subjectId: accountId,
    details: { invoiceId: inserted.id, number: fields.number, amountCents: fields.amountCents },
  });
  return { invoice: inserted, created: true };
}

function sameInvoice(stored: InvoiceRow, fields: InvoiceFields) {
  return (
    stored.amount_cents === fields.amountCents &&
    stored.issued_on === fields.issuedOn &&
    stored.due_on === fields.dueOn &&
    stored.paid_on === fields.paidOn
  );
}

/** An invoice is due and paid on or after its issue. */
export function checkDates(fields: Pick<InvoiceFields, 'issuedOn' | 'dueOn' | 'paidOn'>) {
  const errors: FieldError[] = [];
  if (fields.dueOn < fields.issuedOn) {
    errors.push({ field: 'dueOn', message: 'before the issue date', code: 'before_issue_date' });
  }
  if (fields.paidOn !== null && fields.paidOn < fields.issuedOn) {
    errors.push({ field: 'paidOn', message: 'before the issue date', code: 'before_issue_date' });
  }
  if (errors.length > 0) {
    throw new AppError('validation_failed', 'Some details are missing or not valid', {
      fields: errors,
    });
  }
}
