import type { Tx } from '../../db/tenant.ts';
import { AppError, notFound } from '../../errors/app-error.ts';
import { appendAudit } from '../../repositories/audit-log.ts';
import {
  findAccountOfCustomer,
  findB2bAccount,
  insertB2bContact,
} from '../../repositories/b2b-accounts.ts';
import { findCustomer } from '../../repositories/customers.ts';
import type { MerchantScope } from '../scope.ts';

/**
 * Makes a customer a contact of an account. A customer speaks for one company at most: a
 * contact of another account is refused (409 `customer_in_other_account`); adding them again
 * to the same account changes nothing.
 */
export async function addB2bContact(
  tx: Tx,
  scope: MerchantScope,
  accountId: string,
  customerId: string,
) {
  const { merchantId, actor, now } = scope;
  if (!(await findB2bAccount(tx, merchantId, accountId, { lock: true }))) {
    throw notFound('Account');
  }
  if (!(await findCustomer(tx, merchantId, customerId))) throw notFound('Customer');
  const existing = await findAccountOfCustomer(tx, merchantId, customerId);
  if (existing && existing.account_id !== accountId) {
    throw new AppError(
      'customer_in_other_account',
      'This customer is a contact of another account',
      {
        accountId: existing.account_id,
      },
    );
  }
  if (!existing) {
    await insertB2bContact(tx, merchantId, accountId, customerId, now);
    await appendAudit(tx, merchantId, actor, now, {
      action: 'b2b_account.contact_added',
      subjectType: 'b2b_account',
      subjectId: accountId,
      details: { customerId },
    });
  }
}
