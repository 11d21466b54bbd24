import { type Tx, withMerchant } from '../../db/tenant.ts';
import { notFound } from '../../errors/app-error.ts';
import {
  findAccountOfCustomer,
  findB2bAccount,
  listB2bAccounts,
  listB2bContacts,
} from '../../repositories/b2b-accounts.ts';
import { findCustomer } from '../../repositories/customers.ts';
import type { MerchantScope } from '../scope.ts';

type Scope = Pick<MerchantScope, 'db' | 'merchantId'>;

/** The shop's business accounts, by company name, with their number of contacts. */
export function listAccounts(scope: Scope) {
  return withMerchant(scope.db, scope.merchantId, (tx) => listB2bAccounts(tx, scope.merchantId));
}

/** One account with its contacts (no value figure: anyone who sees customers may read it). */
export function getAccount(scope: Scope, accountId: string) {
  return withMerchant(scope.db, scope.merchantId, (tx) =>
    loadAccountWithContacts(tx, scope.merchantId, accountId),
  );
}

/** The account and its contacts, in a transaction under way (after a change to them). */
export async function loadAccountWithContacts(tx: Tx, merchantId: string, accountId: string) {
  const account = await findB2bAccount(tx, merchantId, accountId);
  if (!account) throw notFound('Account');
  return { account, contacts: await listB2bContacts(tx, merchantId, accountId) };
}

/** The account a customer is a contact of, or null. */
export function getAccountOfCustomer(scope: Scope, customerId: string) {
  return withMerchant(scope.db, scope.merchantId, async (tx) => {
    if (!(await findCustomer(tx, scope.merchantId, customerId))) throw notFound('Customer');
    const link = await findAccountOfCustomer(tx, scope.merchantId, customerId);
    if (!link) return null;
    return (await findB2bAccount(tx, scope.merchantId, link.account_id)) ?? null;
  });
}
