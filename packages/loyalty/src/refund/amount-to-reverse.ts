/**
 * How much of what a purchase earned a refund takes back, by cumulative proportion:
 * target = floor(earned × all refunded cents so far / purchase amount), minus what earlier
 * refunds already took (or recorded as owed).
 *
 * Rounding down favours the customer on each step, and working on the cumulative total means
 * the last refund of a fully refunded purchase takes back exactly the rest: 3 stamps refunded
 * in two halves → 1, then 2. The total never exceeds `earned`.
 * A purchase of 0 € (a free visit that earned a stamp) is reversed in full by any refund.
 * @example amountToReverse({ earned: 3, amountCents: 1000, refundedBeforeCents: 0, refundCents: 500, reversedBefore: 0 }) // 1
 */
export function amountToReverse(input: {
  readonly earned: number;
  readonly amountCents: number;
  readonly refundedBeforeCents: number;
  readonly refundCents: number;
  readonly reversedBefore: number;
}): number {
  const { earned, amountCents } = input;
  const refundedCents = input.refundedBeforeCents + input.refundCents;
  const target = amountCents === 0 ? earned : Math.floor((earned * refundedCents) / amountCents);
  return Math.max(0, target - input.reversedBefore);
}
