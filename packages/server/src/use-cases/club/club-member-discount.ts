import { clubDiscountPercent } from '@habitue/loyalty';
import type { Tx } from '../../db/tenant.ts';
import { loadMembership } from './load-membership.ts';

/**
 * The club member discount a purchase at `now` gets, in whole percent (0 for a non-member or a
 * shop without a club), with the club's name for the discount's label. This is what the quote's
 * discount engine takes as its "club member discount %".
 * @example await clubMemberDiscount(tx, merchantId, customerId, now) // { percent: 10, label: 'Club des lecteurs' }
 */
export async function clubMemberDiscount(
  tx: Tx,
  merchantId: string,
  customerId: string,
  now: Date,
): Promise<{ percent: number; label: string }> {
  const loaded = await loadMembership(tx, merchantId, customerId, now);
  if (!loaded) return { percent: 0, label: '' };
  return {
    percent: clubDiscountPercent(loaded.membership, loaded.settings.discountPercent),
    label: loaded.settings.name,
  };
}
