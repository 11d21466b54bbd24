import { withMerchant } from '../../db/tenant.ts';
import { listLocations as list } from '../../repositories/locations.ts';
import type { MerchantScope } from '../scope.ts';

export function listLocations(scope: Pick<MerchantScope, 'db' | 'merchantId'>) {
  return withMerchant(scope.db, scope.merchantId, (tx) => list(tx, scope.merchantId));
}
