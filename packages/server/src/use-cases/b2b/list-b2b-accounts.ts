import { withMerchant } from '../../db/tenant.ts';
import { listB2bAccounts } from '../../repositories/b2b-accounts.ts';
import type { MerchantScope } from '../scope.ts';

type Scope = Pick<MerchantScope, 'db' | 'merchantId'>;

/** The shop's business accounts, by company name, with their number of contacts. */
export function listAccounts(scope: Scope) {
  return withMerchant(scope.db, scope.merchantId, (tx) => listB2bAccounts(tx, scope.merchantId));
}
