import { withMerchant } from '../../db/tenant.ts';
import { tagCounts } from '../../repositories/customer-tags.ts';
import type { MerchantScope } from '../scope.ts';

/** Every tag in use at this business, with how many customers carry it. */
export function listMerchantTags(scope: Pick<MerchantScope, 'db' | 'merchantId'>) {
  return withMerchant(scope.db, scope.merchantId, (tx) => tagCounts(tx, scope.merchantId));
}
