import { newEntry } from '../ledger/new-entry.ts';
import type { LedgerEntry } from '../model/ledger-entry.ts';
import type { Program } from '../model/program.ts';

/**
 * What a refund gives back of the points a purchase used as money off: the refunded share of
 * them, counted on the total refunded so far so that partial refunds add up exactly (never a
 * point more, none lost to rounding) and a purchase refunded in full has returned every point
 * it used. Returns at most one `reverse` entry of +points; none when nothing is due.
 * @example returnPointsDiscount({ program, purchaseId: 'p1', refundId: 'r1', usedPoints: 300,
 *   paidCents: 1000, refundedBeforeCents: 0, refundCents: 500, entries: [], now })
 * // [reverse +150, cause { type: 'points_discount_returned', purchaseId: 'p1', refundId: 'r1' }]
 */
export function returnPointsDiscount(input: {
  readonly program: Program;
  readonly purchaseId: string;
  readonly refundId: string;
  /** Points of this program the purchase used as money off. */
  readonly usedPoints: number;
  /** What the customer paid for the purchase (after every discount). */
  readonly paidCents: number;
  readonly refundedBeforeCents: number;
  readonly refundCents: number;
  /** The customer's entries for this program: earlier returns for the purchase are counted. */
  readonly entries: readonly LedgerEntry[];
  readonly now: Date;
}): LedgerEntry[] {
  const refundedAfter = input.refundedBeforeCents + input.refundCents;
  const dueAfter =
    refundedAfter >= input.paidCents
      ? input.usedPoints
      : Math.floor((input.usedPoints * refundedAfter) / input.paidCents);
  const returned = input.entries
    .filter(
      (e) =>
        e.programId === input.program.id &&
        e.cause.type === 'points_discount_returned' &&
        e.cause.purchaseId === input.purchaseId,
    )
    .reduce((sum, e) => sum + e.delta, 0);
  const delta = dueAfter - returned;
  if (delta <= 0) return [];
  return [
    newEntry(input.program, 'reverse', delta, input.now, {
      type: 'points_discount_returned',
      purchaseId: input.purchaseId,
      refundId: input.refundId,
    }),
  ];
}
