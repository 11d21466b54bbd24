import { dayToIso, localDay } from '../tiers/local-day.ts';
import type { AmountOff, DiscountOffer, PercentOff } from './offer.ts';

/**
 * A promo code as the shop sets it up. Dates are shop-local calendar days, both included
 * (`YYYY-MM-DD`); absent = open-ended. `maxUses: 1` is a single-use code; absent = unlimited.
 */
export interface PromoCodeRule {
  readonly code: string;
  readonly off: PercentOff | AmountOff;
  readonly minimumPurchaseCents?: number | null | undefined;
  readonly startsOn?: string | null | undefined;
  readonly endsOn?: string | null | undefined;
  readonly maxUses?: number | null | undefined;
  readonly perCustomerLimit?: number | null | undefined;
}

/** Why a promo code cannot be used now. */
export type PromoCodeRefusal =
  | 'promo_code_not_started'
  | 'promo_code_expired'
  | 'promo_code_used_up'
  | 'promo_code_limit_reached';

/**
 * Whether the code may be used by this customer now, from the uses counted so far (all
 * customers, and this customer). `null` when it may.
 * @example promoCodeRefusal({ code: 'NOEL', off: { percent: 10 }, maxUses: 1 }, { now, timeZone: 'Europe/Paris', usesSoFar: 1, customerUsesSoFar: 0 })
 * // 'promo_code_used_up'
 */
export function promoCodeRefusal(
  rule: PromoCodeRule,
  at: {
    readonly now: Date;
    readonly timeZone: string;
    readonly usesSoFar: number;
    readonly customerUsesSoFar: number;
  },
): PromoCodeRefusal | null {
  const today = dayToIso(localDay(at.now, at.timeZone));
  if (rule.startsOn && today < rule.startsOn) return 'promo_code_not_started';
  if (rule.endsOn && today > rule.endsOn) return 'promo_code_expired';
  if (rule.maxUses != null && at.usesSoFar >= rule.maxUses) return 'promo_code_used_up';
  if (rule.perCustomerLimit != null && at.customerUsesSoFar >= rule.perCustomerLimit) {
    return 'promo_code_limit_reached';
  }
  return null;
}

/** The offer a usable promo code makes to the discount rules. */
export function promoCodeOffer(rule: PromoCodeRule): DiscountOffer {
  return {
    kind: 'promo_code',
    label: rule.code,
    ...rule.off,
    ...(rule.minimumPurchaseCents ? { minimumPurchaseCents: rule.minimumPurchaseCents } : {}),
  };
}

/**
 * Codes are typed at a counter: compare them trimmed and upper-cased ("noel10 " is NOEL10).
 * @example normalizePromoCode(' noel10 ') // 'NOEL10'
 */
export function normalizePromoCode(code: string): string {
  return code.trim().toLocaleUpperCase('fr-FR');
}
