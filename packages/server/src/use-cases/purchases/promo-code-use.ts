import type { Tx } from '../../db/tenant.ts';
import { AppError } from '../../errors/app-error.ts';
import { insertPromoCodeUse } from '../../repositories/promo-codes.ts';
import { usablePromoCode } from '../promo-codes/usable-promo-code.ts';
import type { MerchantScope } from '../scope.ts';

/** A discount line as the till sends it back with the sale (what the quote answered). */
export type DeclaredDiscount = { kind: string; label: string; amountCents: number };

/** A promo code taken by a sale being recorded: counted once the purchase row exists. */
export interface PromoCodeClaim {
  readonly id: string;
  readonly code: string;
  readonly amountOffCents: number;
}

/**
 * Checks and locks the promo code a sale uses: it must be usable now by this customer (its
 * limits are counted under the code's row lock, so two sales cannot both take the last use)
 * and the purchase before discounts — what was paid plus the discounts declared — must reach
 * its minimum. The use's amount is the promo code's line among the declared discounts.
 * @example const claim = await claimPromoCode(tx, scope, { promoCode: 'NOEL10', customerId, amountCents: 1800, discounts })
 */
export async function claimPromoCode(
  tx: Tx,
  scope: MerchantScope,
  input: {
    promoCode: string;
    customerId: string;
    amountCents: number;
    discounts: readonly DeclaredDiscount[];
  },
): Promise<PromoCodeClaim> {
  const promo = await usablePromoCode(tx, scope, {
    typed: input.promoCode,
    customerId: input.customerId,
    lock: true,
  });
  const grossCents = input.discounts.reduce((sum, d) => sum + d.amountCents, input.amountCents);
  const minimum = promo.rule.minimumPurchaseCents ?? 0;
  if (grossCents < minimum) {
    throw new AppError(
      'promo_code_below_minimum',
      `Promo code "${promo.rule.code}" needs a larger purchase`,
      {
        promoCode: promo.rule.code,
        minimumPurchaseCents: minimum,
      },
    );
  }
  const line = input.discounts.find((d) => d.kind === 'promo_code');
  return { id: promo.id, code: promo.rule.code, amountOffCents: line?.amountCents ?? 0 };
}

/** Counts the use, in the sale's transaction: it exists if and only if the purchase does. */
export function countPromoCodeUse(
  tx: Tx,
  scope: MerchantScope,
  claim: PromoCodeClaim,
  purchase: { id: string; customerId: string },
) {
  return insertPromoCodeUse(tx, {
    merchantId: scope.merchantId,
    purchaseId: purchase.id,
    promoCodeId: claim.id,
    customerId: purchase.customerId,
    amountOffCents: claim.amountOffCents,
    at: scope.now,
  });
}
