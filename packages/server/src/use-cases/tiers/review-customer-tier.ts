import type { Tx } from '../../db/tenant.ts';
import { findCustomer } from '../../repositories/customers.ts';
import { findTierSetting, loadTierActivity } from '../../repositories/tiers.ts';
import type { MerchantScope } from '../scope.ts';
import { settleTier, type TierChangeCause } from './settle-tier.ts';
import { standingOf } from './tier-standing.ts';

/**
 * After a refund: the spend it takes back may lower a level reached in the current period
 * (docs/loyalty-rules.md, "Tiers"); the new level is recorded and announced in the refund's
 * transaction.
 */
export function reviewTierAfterRefund(
  tx: Tx,
  scope: Pick<MerchantScope, 'merchantId' | 'now'>,
  customerId: string,
): Promise<void> {
  return reviewCustomerTier(tx, scope, customerId, 'refund');
}

/** After a merge: the survivor's level from both customers' purchases. */
export function reviewTierAfterMerge(
  tx: Tx,
  scope: Pick<MerchantScope, 'merchantId' | 'now'>,
  customerId: string,
): Promise<void> {
  return reviewCustomerTier(tx, scope, customerId, 'merge');
}

async function reviewCustomerTier(
  tx: Tx,
  scope: Pick<MerchantScope, 'merchantId' | 'now'>,
  customerId: string,
  cause: TierChangeCause,
): Promise<void> {
  const setting = await findTierSetting(tx, scope.merchantId);
  if (!setting) return;
  const customer = await findCustomer(tx, scope.merchantId, customerId);
  if (!customer?.member_since) return;
  const activity = await loadTierActivity(tx, scope.merchantId, customerId, customer.member_since);
  const standing = standingOf(setting, activity, scope.now);
  await settleTier(tx, scope, { setting, customerId, standing, cause });
}
