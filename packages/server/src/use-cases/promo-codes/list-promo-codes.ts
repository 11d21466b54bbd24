import { withMerchant } from '../../db/tenant.ts';
import { listPromoCodes as list } from '../../repositories/promo-codes.ts';
import type { MerchantScope } from '../scope.ts';

/** The shop's promo codes with their use counts, newest first (archived ones included). */
export function listPromoCodes(scope: Pick<MerchantScope, 'db' | 'merchantId'>) {
  return withMerchant(scope.db, scope.merchantId, (tx) => list(tx, scope.merchantId));
}
