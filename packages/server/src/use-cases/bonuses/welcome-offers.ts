import type { DiscountOffer } from '@habitue/loyalty';
import type { Tx } from '../../db/tenant.ts';
import { findBonusSettings } from '../../repositories/bonuses.ts';
import type { MerchantScope } from '../scope.ts';

/**
 * The shop's welcome offer (% off the first purchase) as an offer source of the till's quote
 * (`OFFER_SOURCES` in use-cases/purchases/purchase-offers.ts): members only; the discount rules
 * apply it to the first purchase alone, and a customer imported with their history has bought
 * before.
 */
export async function welcomeOffers(
  tx: Tx,
  scope: MerchantScope,
  customer: { readonly id: string; readonly member_since: Date | null },
): Promise<readonly DiscountOffer[]> {
  if (!customer.member_since) return [];
  const { welcome } = await findBonusSettings(tx, scope.merchantId);
  const percent = welcome?.firstPurchasePercentOff;
  return percent ? [{ kind: 'welcome', label: 'welcome', percent }] : [];
}
