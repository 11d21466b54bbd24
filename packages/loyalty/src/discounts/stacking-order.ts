import type { DiscountKind } from './offer.ts';

/**
 * The one stacking order. Percentages first, each on what is left after the previous ones (so
 * 10 % then 5 % is 14,5 %, never 15 %), in this order of kinds; then fixed amounts, promo code
 * before points, each capped at what is left. The order is fixed by kind, never by the order
 * the offers arrive in, so the same offers always give the same quote to the cent.
 */
export const STACKING_ORDER: readonly DiscountKind[] = [
  'tier',
  'club',
  'welcome',
  'b2b_threshold',
  'promo_code',
  'points',
];

/** @example stackingRank('club') // 1 */
export function stackingRank(kind: DiscountKind): number {
  return STACKING_ORDER.indexOf(kind);
}
