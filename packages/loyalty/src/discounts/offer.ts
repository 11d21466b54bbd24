/**
 * What can take money off a purchase. The kind is stable (the counter words it in the person's
 * language); the label is the shop's own name for it (a tier's name, a promo code, a club).
 */
export type DiscountKind = 'tier' | 'club' | 'welcome' | 'b2b_threshold' | 'promo_code' | 'points';

/** A percentage off what is left to pay, in whole percent (0–100). */
export interface PercentOff {
  readonly percent: number;
}

/** A fixed amount off, in cents, never more than what is left to pay. */
export interface AmountOff {
  readonly amountCents: number;
}

/**
 * One offer that may apply to a purchase. The shell gathers them (the customer's tier and club,
 * the shop's welcome offer, B2B thresholds, the promo code typed at the counter, points the
 * customer converted); the rules decide which apply and how much each takes off.
 * - `welcome` applies to the customer's first purchase only.
 * - `b2b_threshold` applies once the customer's spend over the B2B period reaches `spendCents`;
 *   of several thresholds reached, only the largest percentage applies (steps, not bonuses).
 * - `promo_code` may need a minimum purchase (`minimumPurchaseCents`, on the amount before
 *   discounts).
 */
export type DiscountOffer =
  | ({ readonly kind: 'tier' | 'club' | 'welcome'; readonly label: string } & PercentOff)
  | ({
      readonly kind: 'b2b_threshold';
      readonly label: string;
      readonly spendCents: number;
    } & PercentOff)
  | ({
      readonly kind: 'promo_code';
      readonly label: string;
      readonly minimumPurchaseCents?: number | undefined;
    } & (PercentOff | AmountOff))
  | ({ readonly kind: 'points'; readonly label: string } & AmountOff);

/** What the rules know of the customer that decides which offers apply. */
export interface DiscountStanding {
  /** No purchase recorded yet (a refunded one still counts as a purchase). */
  readonly firstPurchase: boolean;
  /** Spend over the shop's B2B period, net of refunds, in cents. */
  readonly b2bPeriodSpendCents: number;
}

/** One line of a quote: what an offer took off. */
export interface AppliedDiscount {
  readonly kind: DiscountKind;
  readonly label: string;
  /** Present for a percentage offer, so the counter can say "−10 %". */
  readonly percent?: number | undefined;
  readonly amountCents: number;
}

/** Why an offer given to the rules took nothing off. */
export type NotAppliedReason = 'not_first_purchase' | 'threshold_not_reached' | 'below_minimum';

export interface NotAppliedOffer {
  readonly kind: DiscountKind;
  readonly label: string;
  readonly reason: NotAppliedReason;
  /** For `below_minimum`: the minimum, so the counter can say "dès 20 €". */
  readonly minimumPurchaseCents?: number | undefined;
}

/** What the till asks before taking the payment. */
export interface Quote {
  readonly discounts: readonly AppliedDiscount[];
  /** amountCents minus every discount: never below 0, never above the amount. */
  readonly amountDueCents: number;
  readonly notApplied: readonly NotAppliedOffer[];
}
