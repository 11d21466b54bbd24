import { withMerchant } from '../../db/tenant.ts';
import { notFound } from '../../errors/app-error.ts';
import { findB2bAccount } from '../../repositories/b2b-accounts.ts';
import { listInvoices } from '../../repositories/b2b-invoices.ts';
import type { MerchantScope } from '../scope.ts';

/** An account's invoices, the latest issued first. */
export function listAccountInvoices(
  scope: Pick<MerchantScope, 'db' | 'merchantId'>,
  accountId: string,
) {
  return withMerchant(scope.db, scope.merchantId, async (tx) => {
    if (!(await findB2bAccount(tx, scope.merchantId, accountId))) throw notFound('Account');
    return listInvoices(tx, scope.merchantId, accountId);
  });
}
