import { withMerchant } from '../../db/tenant.ts';
import type { MerchantScope } from '../scope.ts';
import { loadAdjustmentPolicies } from './adjustment-policy.ts';

/** What cashiers and API keys may adjust by hand, in rewards' worth. */
export function getAdjustmentPolicy(scope: Pick<MerchantScope, 'db' | 'merchantId'>) {
  return withMerchant(scope.db, scope.merchantId, (tx) =>
    loadAdjustmentPolicies(tx, scope.merchantId),
  );
}
