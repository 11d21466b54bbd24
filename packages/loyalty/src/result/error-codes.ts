/**
 * Every business rejection the loyalty rules can return. The server maps each code to an HTTP
 * status in one table; keeping them in one list lets that table be checked for exhaustiveness.
 */
export const loyaltyErrorCodes = [
  /** Not enough stamps/points for a redemption or a negative adjustment. */
  'insufficient_balance',
  'voucher_already_used',
  'voucher_expired',
  /** The voucher was voided by a refund. */
  'voucher_voided',
  /** The reward is archived: it can no longer be bought with points. */
  'reward_archived',
  /** The reward belongs to another program. */
  'reward_not_in_program',
  /** Points rewards are bought from a points program; stamp cards unlock theirs by themselves. */
  'program_kind_mismatch',
  'below_minimum_purchase',
  /** A manual adjustment needs a reason code, and a sentence with `other`. */
  'reason_required',
  /** A manual adjustment above what this role may give (`detail.limit`). */
  'adjustment_limit_exceeded',
  /** Amounts, quantities and deltas must be whole, non-negative (or non-zero) numbers. */
  'invalid_amount',
  /** The same purchase was already recorded for this program (retries must not double-earn). */
  'purchase_already_recorded',
  'redemption_already_recorded',
  'adjustment_already_recorded',
  'refund_already_recorded',
  'bonus_already_recorded',
  /** The refunds of a purchase would add up to more than what was paid. */
  'refund_exceeds_purchase',
  /** A program or reward setting is out of range; `detail.field` says which. */
  'invalid_program',
  /** The points program sets no rate for converting points into money off. */
  'points_not_convertible',
  /** Economics need an average basket (per-visit cards) or an item price (per-item cards). */
  'missing_spend_estimate',
] as const;

/** The union of all business rejection codes. */
export type LoyaltyErrorCode = (typeof loyaltyErrorCodes)[number];
