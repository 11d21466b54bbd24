/**
 * Any-of criteria: meeting one of them is enough. An absent criterion does not apply. The lowest
 * level has none, so every member has a level.
 */
export interface TierCriteria {
  /** Spend over the ladder's rolling window, net of refunds, in cents. */
  readonly spendCents?: number | undefined;
  /** Visits (purchases not fully refunded) over the rolling window. */
  readonly visits?: number | undefined;
  /** Months since the customer's first purchase or sign-up, whichever is earlier. */
  readonly seniorityMonths?: number | undefined;
}

/** What a level gives, shown on the card and at the counter. */
export interface TierBenefits {
  /** Points earned × this / 100: 100 is ×1, 150 is ×1,5, 200 is ×2. Whole numbers only. */
  readonly pointsMultiplierPercent: number;
  /** A permanent discount on every purchase, in whole percent (0 = none). */
  readonly discountPercent: number;
  /** Perks in the shop's words ("avant-premières", "invitations", "rendez-vous prioritaires"). */
  readonly perks: readonly string[];
}

/** One rung of the ladder. `name` and `colour` are the owner's to edit. */
export interface TierLevel {
  readonly id: string;
  readonly name: string;
  /** A CSS hex colour, `#rrggbb`. */
  readonly colour: string;
  readonly criteria: TierCriteria;
  readonly benefits: TierBenefits;
}

/**
 * When a level can be lowered. Periods are blocks of `periodMonths` calendar months starting on
 * 1 January in the shop's time zone (12 = the calendar year, 3 = quarters). At the end of a
 * period, a customer who no longer qualifies keeps the level `graceMonths` more months, and
 * keeps it for good if they qualify again before the grace ends.
 */
export interface TierReview {
  readonly periodMonths: 1 | 2 | 3 | 4 | 6 | 12;
  readonly graceMonths: number;
}

/** A shop's ladder: 2 to 5 levels, lowest first, the lowest without criteria. */
export interface TierLadder {
  readonly levels: readonly TierLevel[];
  /** The rolling window spend and visits are counted over, e.g. 12 months. */
  readonly windowMonths: number;
  readonly review: TierReview;
}

/** The smallest and largest number of levels a ladder may have. */
export const TIER_LEVELS_MIN = 2;
export const TIER_LEVELS_MAX = 5;
