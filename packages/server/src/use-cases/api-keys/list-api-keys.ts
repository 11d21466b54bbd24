import { withMerchant } from '../../db/tenant.ts';
import { listApiKeys as list } from '../../repositories/api-keys.ts';
import type { MerchantScope } from '../scope.ts';

/** Keys with their prefix and last use; never the secret, which is not stored. */
export function listApiKeys(scope: Pick<MerchantScope, 'db' | 'merchantId'>) {
  return withMerchant(scope.db, scope.merchantId, (tx) => list(tx, scope.merchantId));
}
