import type { Tx } from '../../db/tenant.ts';
import type { MerchantScope } from '../scope.ts';
import { clubMemberDiscount } from './club-member-discount.ts';

/**
 * The club's member discount as an offer for the quote's discount rules: one `club` offer named
 * after the club for a member at `scope.now`, none otherwise. Shaped as an offer source of
 * `use-cases/purchases/purchase-offers.ts` (`OFFER_SOURCES`), where it plugs in with one line.
 * @example await clubOffers(tx, scope, { id: customerId, member_since }) // [{ kind: 'club', label: 'Club des lecteurs', percent: 10 }]
 */
export async function clubOffers(
  tx: Tx,
  scope: MerchantScope,
  customer: { readonly id: string },
): Promise<readonly { kind: 'club'; label: string; percent: number }[]> {
  const { percent, label } = await clubMemberDiscount(tx, scope.merchantId, customer.id, scope.now);
  return percent > 0 ? [{ kind: 'club', label, percent }] : [];
}
