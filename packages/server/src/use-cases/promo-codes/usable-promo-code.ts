import { normalizePromoCode, type PromoCodeRule, promoCodeRefusal } from '@habitue/loyalty';
import type { Tx } from '../../db/tenant.ts';
import { AppError } from '../../errors/app-error.ts';
import { findPromoCodeByCode, type PromoCodeRow } from '../../repositories/promo-codes.ts';
import type { MerchantScope } from '../scope.ts';

/** A promo code this customer may use now. */
export interface UsablePromoCode {
  readonly id: string;
  readonly rule: PromoCodeRule;
}

/**
 * The code typed at the counter or sent by the API, if this customer may use it now; otherwise
 * an error saying why (`promo_code_not_found`, `promo_code_not_started`, `promo_code_expired`,
 * `promo_code_used_up`, `promo_code_limit_reached`). With `lock` (recording a sale), the code
 * is locked until the transaction ends, so its limits hold under concurrent sales.
 * @example await usablePromoCode(tx, scope, { typed: 'noel10', customerId, lock: true })
 */
export async function usablePromoCode(
  tx: Tx,
  scope: Pick<MerchantScope, 'merchantId' | 'now'>,
  input: { typed: string; customerId: string; lock: boolean },
): Promise<UsablePromoCode> {
  const code = normalizePromoCode(input.typed);
  const found = await findPromoCodeByCode(tx, scope.merchantId, code, input.customerId, input.lock);
  if (!found) {
    throw new AppError('promo_code_not_found', `No promo code "${code}"`, { promoCode: code });
  }
  const rule = promoCodeRuleOf(found.row);
  const refusal = promoCodeRefusal(rule, {
    now: scope.now,
    timeZone: found.timeZone,
    usesSoFar: found.uses,
    customerUsesSoFar: found.customerUses,
  });
  if (refusal) {
    throw new AppError(refusal, `Promo code "${code}" cannot be used now`, {
      promoCode: code,
      startsOn: rule.startsOn ?? null,
      endsOn: rule.endsOn ?? null,
    });
  }
  return { id: found.row.id, rule };
}

/** The rule the discount core reads from a stored code. */
export function promoCodeRuleOf(row: PromoCodeRow): PromoCodeRule {
  return {
    code: row.code,
    off:
      row.percent_off !== null
        ? { percent: row.percent_off }
        : { amountCents: Number(row.amount_off_cents) },
    minimumPurchaseCents: row.minimum_purchase_cents,
    startsOn: row.starts_on,
    endsOn: row.ends_on,
    maxUses: row.max_uses,
    perCustomerLimit: row.per_customer_limit,
  };
}
