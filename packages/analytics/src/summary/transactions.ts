/**
 * Transactions as parallel typed arrays: row `i` is customer `customer[i]` spending
 * `amountCents[i]` on day `day[i]`. Struct-of-arrays rather than one object per row, because a
 * year of a busy shop is a million rows and the summary is on the hot path of `habitue analyze`.
 *
 * - `customer` is a dense index `0 … customerCount - 1` (the caller maps its own ids to it).
 * - `day` is any integer day number; days since 1970-01-01 ("epoch days") is the convention.
 * - `amountCents` is the row's amount in cents; a negative amount is a refund or a cancellation.
 *
 * @example
 * const tx: Transactions = {
 *   customer: Int32Array.of(0, 0, 1),
 *   day: Int32Array.of(10_000, 10_007, 10_003),
 *   amountCents: Float64Array.of(2_500, 1_200, 900),
 *   customerCount: 2,
 * };
 */
export interface Transactions {
  customer: Int32Array;
  day: Int32Array;
  amountCents: Float64Array;
  customerCount: number;
}

/** Time unit of frequency/recency/T: the models are usually fitted in weeks or in days. */
export type TimeUnit = 'day' | 'week';

/** Number of days in one time unit. */
export function daysPerUnit(unit: TimeUnit): number {
  switch (unit) {
    case 'day':
      return 1;
    case 'week':
      return 7;
  }
}

/** Marks "no purchase" in the first/last purchase day arrays (no real day is this small). */
export const NO_PURCHASE_DAY = -2_147_483_648;
