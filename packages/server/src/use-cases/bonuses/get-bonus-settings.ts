import { withMerchant } from '../../db/tenant.ts';
import { findBonusSettings } from '../../repositories/bonuses.ts';
import type { MerchantScope } from '../scope.ts';

/** The shop's welcome, birthday and referral bonuses (each null when off). */
export function getBonusSettings(scope: Pick<MerchantScope, 'db' | 'merchantId'>) {
  return withMerchant(scope.db, scope.merchantId, (tx) => findBonusSettings(tx, scope.merchantId));
}
