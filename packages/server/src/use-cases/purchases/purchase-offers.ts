import type { DiscountOffer, DiscountStanding } from '@habitue/loyalty';
import { promoCodeOffer } from '@habitue/loyalty';
import type { Tx } from '../../db/tenant.ts';
import { hasRecordedPurchase } from '../../repositories/purchases.ts';
import { b2bThresholdStanding } from '../b2b-thresholds/b2b-threshold-offers.ts';
import { welcomeOffers } from '../bonuses/welcome-offers.ts';
import { clubOffers } from '../club/club-offers.ts';
import { type UsablePromoCode, usablePromoCode } from '../promo-codes/usable-promo-code.ts';
import type { MerchantScope } from '../scope.ts';
import type { TierAtPurchase } from '../tiers/tier-at-purchase.ts';
import { pointsCreditOffers } from './points-credit.ts';

/**
 * Offers from elsewhere (the paid club's member discount, the welcome offer…): each source
 * returns the offers this customer may get; the discount rules decide which apply. A feature
 * plugs in by adding its source to `OFFER_SOURCES`.
 */
export type OfferSource = (
  tx: Tx,
  scope: MerchantScope,
  customer: { readonly id: string; readonly member_since: Date | null },
) => Promise<readonly DiscountOffer[]>;

export const OFFER_SOURCES: readonly OfferSource[] = [
  pointsCreditOffers,
  clubOffers,
  welcomeOffers,
];

/** Everything the discount rules need for one customer's purchase. */
export interface PurchaseOffers {
  readonly offers: readonly DiscountOffer[];
  readonly standing: DiscountStanding;
  /** The promo code given, once checked usable; null when none was given. */
  readonly promo: UsablePromoCode | null;
}

/**
 * Gathers the offers for a purchase: the tier's permanent discount, the promo code given
 * (checked usable now: an unknown, expired or used-up code is an error), and every
 * `OFFER_SOURCES`, and the volume steps of the customer's business account with the account's
 * spend over their period. Reads the customer's history only when an offer needs it (a welcome offer
 * asks whether they ever bought).
 * @example const { offers, standing } = await purchaseOffers(tx, scope, { customer, tier, lock: false })
 */
export async function purchaseOffers(
  tx: Tx,
  scope: MerchantScope,
  input: {
    customer: { readonly id: string; readonly member_since: Date | null };
    tier: Pick<TierAtPurchase, 'level'>;
    promoCode?: string | null | undefined;
    lock: boolean;
  },
): Promise<PurchaseOffers> {
  const offers: DiscountOffer[] = [];
  const level = input.tier.level;
  if (level && level.discountPercent > 0) {
    offers.push({ kind: 'tier', label: level.name, percent: level.discountPercent });
  }
  const promo = input.promoCode
    ? await usablePromoCode(tx, scope, {
        typed: input.promoCode,
        customerId: input.customer.id,
        lock: input.lock,
      })
    : null;
  if (promo) offers.push(promoCodeOffer(promo.rule));
  for (const source of OFFER_SOURCES) offers.push(...(await source(tx, scope, input.customer)));
  const b2b = await b2bThresholdStanding(tx, scope, input.customer.id);
  offers.push(...b2b.offers);
  const firstPurchase = offers.some((o) => o.kind === 'welcome')
    ? !(await hasRecordedPurchase(tx, scope.merchantId, input.customer.id))
    : false;
  return {
    offers,
    standing: { firstPurchase, b2bPeriodSpendCents: b2b.periodSpendCents },
    promo,
  };
}
