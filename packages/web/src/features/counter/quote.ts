import type { components } from '../../api/schema.d.ts';

export type Quote = components['schemas']['QuoteResult'];
export type Discount = components['schemas']['Discount'];

/** What the confirm button records: the amount to pay, with the discounts and code behind it. */
export type SaleTerms = {
  amountCents: number;
  discounts: Discount[];
  promoCode: string | null;
};

/**
 * The sale to record for the amount typed. With a quote for exactly this amount and code, the
 * customer pays the amount due and the discounts go with the sale; without one (offline, or the
 * quote not back yet), the amount typed is recorded as it is, without a promo code — the counter
 * never records a discount the server did not quote.
 * @example saleTerms(2000, 'NOEL10', { amountCents: 2000, amountDueCents: 1800, discounts: [promo], … }, 'NOEL10')
 * // { amountCents: 1800, discounts: [promo], promoCode: 'NOEL10' }
 */
export function saleTerms(
  typedCents: number,
  promoCode: string | null,
  quote: Quote | undefined,
  quotedCode: string | null,
): SaleTerms {
  if (!quote || quote.amountCents !== typedCents || quotedCode !== promoCode) {
    return { amountCents: typedCents, discounts: [], promoCode: null };
  }
  const usesCode = quote.discounts.some((d) => d.kind === 'promo_code');
  return {
    amountCents: quote.amountDueCents,
    discounts: quote.discounts,
    promoCode: usesCode ? promoCode : null,
  };
}

/** The message key that names a discount line at the counter. */
export function discountKey(kind: Discount['kind']) {
  switch (kind) {
    case 'tier':
      return 'discountTier' as const;
    case 'club':
      return 'discountClub' as const;
    case 'welcome':
      return 'discountWelcome' as const;
    case 'b2b_threshold':
      return 'discountB2b' as const;
    case 'promo_code':
      return 'discountPromo' as const;
    case 'points':
      return 'discountPoints' as const;
  }
}
