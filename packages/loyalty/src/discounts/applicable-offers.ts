import type { DiscountOffer, DiscountStanding, NotAppliedOffer } from './offer.ts';

/**
 * Sorts the offers into those that apply to this purchase and those that do not (with why).
 * Of the B2B thresholds reached, only one applies: the largest percentage (steps, not bonuses).
 * @example applicableOffers([welcome], { firstPurchase: false, b2bPeriodSpendCents: 0 }, 1000)
 * // { apply: [], notApplied: [{ kind: 'welcome', label, reason: 'not_first_purchase' }] }
 */
export function applicableOffers(
  offers: readonly DiscountOffer[],
  standing: DiscountStanding,
  amountCents: number,
): { apply: DiscountOffer[]; notApplied: NotAppliedOffer[] } {
  const apply: DiscountOffer[] = [];
  const notApplied: NotAppliedOffer[] = [];
  for (const offer of offers) {
    if (offer.kind === 'welcome' && !standing.firstPurchase) {
      notApplied.push({ kind: offer.kind, label: offer.label, reason: 'not_first_purchase' });
    } else if (offer.kind === 'b2b_threshold' && standing.b2bPeriodSpendCents < offer.spendCents) {
      notApplied.push({ kind: offer.kind, label: offer.label, reason: 'threshold_not_reached' });
    } else if (
      offer.kind === 'promo_code' &&
      offer.minimumPurchaseCents !== undefined &&
      amountCents < offer.minimumPurchaseCents
    ) {
      notApplied.push({
        kind: offer.kind,
        label: offer.label,
        reason: 'below_minimum',
        minimumPurchaseCents: offer.minimumPurchaseCents,
      });
    } else {
      apply.push(offer);
    }
  }
  return { apply: keepHighestThreshold(apply), notApplied };
}

/**
 * Thresholds are steps: 5 % from 1 000 €, 8 % from 5 000 € — a 6 000 € customer gets 8 %, not
 * 13 %. The largest percentage reached wins (so adding a step never raises what is due).
 */
function keepHighestThreshold(offers: DiscountOffer[]): DiscountOffer[] {
  let best: (DiscountOffer & { kind: 'b2b_threshold' }) | undefined;
  for (const offer of offers) {
    if (offer.kind !== 'b2b_threshold') continue;
    if (
      best === undefined ||
      offer.percent > best.percent ||
      (offer.percent === best.percent && offer.spendCents > best.spendCents)
    ) {
      best = offer;
    }
  }
  return offers.filter((o) => o.kind !== 'b2b_threshold' || o === best);
}
