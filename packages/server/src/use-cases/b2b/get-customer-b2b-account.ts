import { withMerchant } from '../../db/tenant.ts';
import { notFound } from '../../errors/app-error.ts';
import { findAccountOfCustomer, findB2bAccount } from '../../repositories/b2b-accounts.ts';
import { findCustomer } from '../../repositories/customers.ts';
import type { MerchantScope } from '../scope.ts';

type Scope = Pick<MerchantScope, 'db' | 'merchantId'>;

/** The account a customer is a contact of, or null. */
export function getAccountOfCustomer(scope: Scope, customerId: string) {
  return withMerchant(scope.db, scope.merchantId, async (tx) => {
    if (!(await findCustomer(tx, scope.merchantId, customerId))) throw notFound('Customer');
    const link = await findAccountOfCustomer(tx, scope.merchantId, customerId);
    if (!link) return null;
    return (await findB2bAccount(tx, scope.merchantId, link.account_id)) ?? null;
  });
}
