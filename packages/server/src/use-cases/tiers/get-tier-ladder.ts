import { withMerchant } from '../../db/tenant.ts';
import { findTierLadder } from '../../repositories/tiers.ts';
import type { MerchantScope } from '../scope.ts';

/** The shop's ladder, or nulls when it has none. */
export function getTierLadder(scope: Pick<MerchantScope, 'db' | 'merchantId'>) {
  return withMerchant(scope.db, scope.merchantId, async (tx) => {
    const found = await findTierLadder(tx, scope.merchantId);
    return found
      ? { ladder: found.ladder, version: found.version, updatedAt: found.updatedAt.toISOString() }
      : { ladder: null, version: null, updatedAt: null };
  });
}
