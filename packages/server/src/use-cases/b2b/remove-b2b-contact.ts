import type { Tx } from '../../db/tenant.ts';
import { notFound } from '../../errors/app-error.ts';
import { appendAudit } from '../../repositories/audit-log.ts';
import { deleteB2bContact, findB2bAccount } from '../../repositories/b2b-accounts.ts';
import { findCustomer } from '../../repositories/customers.ts';
import type { MerchantScope } from '../scope.ts';

/** Removes a customer from an account's contacts (the customer stays a customer). */
export async function removeB2bContact(
  tx: Tx,
  scope: MerchantScope,
  accountId: string,
  customerId: string,
) {
  const { merchantId, actor, now } = scope;
  if (!(await findB2bAccount(tx, merchantId, accountId, { lock: true }))) {
    throw notFound('Account');
  }
  // Through the customer first: a merged customer's id answers 409 customer_merged.
  const customer = await findCustomer(tx, merchantId, customerId);
  if (!customer || !(await deleteB2bContact(tx, merchantId, accountId, customerId))) {
    throw notFound('Contact');
  }
  await appendAudit(tx, merchantId, actor, now, {
    action: 'b2b_account.contact_removed',
    subjectType: 'b2b_account',
    subjectId: accountId,
    details: { customerId },
  });
}
