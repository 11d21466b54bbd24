import type { DiscountOffer } from '@habitue/loyalty';
import type { Tx } from '../../db/tenant.ts';
import { AppError } from '../../errors/app-error.ts';
import {
  insertPointsConversionUses,
  openPointsConversions,
} from '../../repositories/points-conversions.ts';
import { pointsDiscountLine } from '../redemptions/convert-points.ts';
import type { MerchantScope } from '../scope.ts';
import type { OfferSource } from './purchase-offers.ts';

/** Points the customer converted and has not spent yet, as one `points` offer of the quote. */
export const pointsCreditOffers: OfferSource = async (tx, scope, customer) => {
  const open = await openPointsConversions(tx, scope.merchantId, customer.id);
  if (open.length === 0) return [];
  const points = open.reduce((sum, c) => sum + c.points, 0);
  const cents = open.reduce((sum, c) => sum + c.leftCents, 0);
  const offer: DiscountOffer = pointsDiscountLine(points, cents);
  return [offer];
};

/**
 * The part of the customer's converted points a sale declares it used (its `points` lines),
 * taken from the oldest conversions first. More than the customer has converted is refused.
 * Runs under the customer's lock, so two sales cannot use the same credit.
 */
export async function claimPointsCredit(
  tx: Tx,
  scope: MerchantScope,
  customerId: string,
  declaredCents: number,
) {
  if (declaredCents === 0) return [];
  const open = await openPointsConversions(tx, scope.merchantId, customerId);
  const available = open.reduce((sum, c) => sum + c.leftCents, 0);
  if (declaredCents > available) {
    throw new AppError('insufficient_balance', 'More points money declared than was converted', {
      balance: available,
      cost: declaredCents,
    });
  }
  const uses: { conversionId: string; amountCents: number }[] = [];
  let left = declaredCents;
  for (const c of open) {
    if (left === 0) break;
    const take = Math.min(left, c.leftCents);
    uses.push({ conversionId: c.id, amountCents: take });
    left -= take;
  }
  return uses;
}

/** Writes the uses once the purchase row exists, in the sale's transaction. */
export function countPointsCreditUse(
  tx: Tx,
  scope: MerchantScope,
  purchaseId: string,
  uses: readonly { conversionId: string; amountCents: number }[],
) {
  return insertPointsConversionUses(tx, scope.merchantId, purchaseId, uses, scope.now);
}
