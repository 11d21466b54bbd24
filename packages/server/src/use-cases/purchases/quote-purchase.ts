import { type PurchaseItem, quoteDiscounts } from '@habitue/loyalty';
import { type Tx, withMerchant } from '../../db/tenant.ts';
import { AppError, notFound } from '../../errors/app-error.ts';
import { findCustomerWithVersion } from '../../repositories/ledger.ts';
import type { MerchantScope } from '../scope.ts';
import { tierAtPurchase } from '../tiers/tier-at-purchase.ts';
import { purchaseOffers } from './purchase-offers.ts';

export type QuotePurchaseInput = {
  customerId?: string | undefined;
  cardToken?: string | undefined;
  amountCents: number;
  items?: PurchaseItem[] | null | undefined;
  promoCode?: string | undefined;
};

/**
 * What the customer will pay before the till takes the payment: the discounts that apply (the
 * tier's, the club's, a welcome offer, B2B steps, the promo code, points converted) and the
 * amount due. Reads only; nothing is stored or counted, so a till may ask as often as it likes.
 * @example await quotePurchase(scope, { customerId, amountCents: 2000, promoCode: 'NOEL10' })
 */
export function quotePurchase(scope: MerchantScope, input: QuotePurchaseInput) {
  return withMerchant(scope.db, scope.merchantId, (tx) => quoteInTx(tx, scope, input));
}

async function quoteInTx(tx: Tx, scope: MerchantScope, input: QuotePurchaseInput) {
  const customer = await findCustomerWithVersion(tx, scope.merchantId, input);
  if (!customer) throw notFound('Customer');
  const tier = await tierAtPurchase(tx, scope, customer);
  const { offers, standing } = await purchaseOffers(tx, scope, {
    customer,
    tier,
    promoCode: input.promoCode,
    lock: false,
  });
  const quote = quoteDiscounts({ amountCents: input.amountCents, standing, offers });
  if (!quote.ok) throw new AppError(quote.code, 'The purchase cannot be quoted', quote.detail);
  const { discounts, amountDueCents, notApplied } = quote.value;
  return {
    customerId: customer.id,
    amountCents: input.amountCents,
    discounts: [...discounts],
    amountDueCents,
    notApplied: [...notApplied],
  };
}
