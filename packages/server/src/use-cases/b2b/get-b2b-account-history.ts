import { withMerchant } from '../../db/tenant.ts';
import { notFound } from '../../errors/app-error.ts';
import { findB2bAccount } from '../../repositories/b2b-accounts.ts';
import { accountHistory } from '../../repositories/b2b-activity.ts';
import type { MerchantScope } from '../scope.ts';

/** The history of the relationship: purchases, refunds, interactions, invoices, latest first. */
export function getB2bAccountHistory(
  scope: Pick<MerchantScope, 'db' | 'merchantId'>,
  accountId: string,
  limit: number,
) {
  return withMerchant(scope.db, scope.merchantId, async (tx) => {
    if (!(await findB2bAccount(tx, scope.merchantId, accountId))) throw notFound('Account');
    return accountHistory(tx, scope.merchantId, accountId, limit);
  });
}
