import type { Tx } from '../../db/tenant.ts';
import { notFound } from '../../errors/app-error.ts';
import { appendAudit } from '../../repositories/audit-log.ts';
import { findInvoice, setInvoicePaidOn } from '../../repositories/b2b-invoices.ts';
import type { MerchantScope } from '../scope.ts';
import { checkDates } from './record-invoice.ts';

/** Records the day an invoice was paid (or `null`: not paid after all, a rejected transfer). */
export async function markInvoicePaid(
  tx: Tx,
  scope: MerchantScope,
  accountId: string,
  invoiceId: string,
  paidOn: string | null,
) {
  const { merchantId, actor, now } = scope;
  const invoice = await findInvoice(tx, merchantId, accountId, invoiceId);
  if (!invoice) throw notFound('Invoice');
  checkDates({ issuedOn: invoice.issued_on, dueOn: invoice.due_on, paidOn });
  const changed = await setInvoicePaidOn(tx, merchantId, invoiceId, paidOn, now);
  await appendAudit(tx, merchantId, actor, now, {
    action: 'b2b_account.invoice_paid',
    subjectType: 'b2b_account',
    subjectId: accountId,
    details: { invoiceId, paidOn },
  });
  return changed;
}
