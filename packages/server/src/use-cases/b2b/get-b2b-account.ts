import { type Tx, withMerchant } from '../../db/tenant.ts';
import { notFound } from '../../errors/app-error.ts';
import { findB2bAccount, listB2bContacts } from '../../repositories/b2b-accounts.ts';
import type { MerchantScope } from '../scope.ts';

type Scope = Pick<MerchantScope, 'db' | 'merchantId'>;

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
