import { uuidv7 } from 'uuidv7';
import type { Tx } from '../../db/tenant.ts';
import { notFound } from '../../errors/app-error.ts';
import { appendAudit } from '../../repositories/audit-log.ts';
import { insertNote } from '../../repositories/customer-notes.ts';
import { findCustomer } from '../../repositories/customers.ts';
import type { MerchantScope } from '../scope.ts';

/**
 * Writes down what staff know about a customer ("allergique aux noix", "préfère le pain
 * bien cuit"). Notes are kept, never edited: the audit log records who added which one.
 */
export async function addCustomerNote(
  tx: Tx,
  scope: MerchantScope,
  input: { customerId: string; body: string },
) {
  const { merchantId, actor, now } = scope;
  if (!(await findCustomer(tx, merchantId, input.customerId))) throw notFound('Customer');
  const note = await insertNote(tx, {
    merchantId,
    id: uuidv7(),
    customerId: input.customerId,
    body: input.body.trim(),
    author: actor,
    at: now,
  });
  await appendAudit(tx, merchantId, actor, now, {
    action: 'customer.note_added',
    subjectType: 'customer',
    subjectId: input.customerId,
    details: { noteId: note.id },
  });
  return note;
}
