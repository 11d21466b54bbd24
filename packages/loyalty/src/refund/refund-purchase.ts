import { balanceOf, entriesOf } from '../ledger/balance.ts';
import { newEntry } from '../ledger/new-entry.ts';
import { isWholeNumber } from '../ledger/whole-numbers.ts';
import type { LedgerEntry } from '../model/ledger-entry.ts';
import type { Program } from '../model/program.ts';
import type { VoucherEvent, VoucherGrant } from '../model/voucher.ts';
import { ok, type Result, reject } from '../result/result.ts';
import { amountToReverse } from './amount-to-reverse.ts';
import { purchaseHistory } from './purchase-history.ts';
import { voidVouchersForShortfall } from './void-vouchers-for-shortfall.ts';
import { vouchersToVoid } from './vouchers-to-void.ts';

export interface RefundPurchaseInput {
  readonly program: Program;
  readonly purchaseId: string;
  /** Chosen by the caller; replaying it is rejected so a retry never reverses twice. */
  readonly refundId: string;
  /** What this refund gives back, in cents (the whole purchase amount for a full refund). */
  readonly refundCents: number;
  readonly entries: readonly LedgerEntry[];
  readonly vouchers: readonly VoucherGrant[];
  readonly voucherEvents: readonly VoucherEvent[];
  readonly now: Date;
}

/** What to append for a refund. */
export interface RefundOutcome {
  /** Taken back from the balance for this refund. */
  readonly reversed: number;
  /** Could not be taken back (already spent): a clawback owed, recorded on the entry. */
  readonly shortfall: number;
  /** `reverse` entries: voided vouchers' cost restored, then the refund's reversal. */
  readonly entries: LedgerEntry[];
  /** `voided` events for the vouchers the refund cancelled. */
  readonly voucherEvents: VoucherEvent[];
}

/**
 * Takes back what a purchase earned, proportionally for a partial refund (see
 * `amountToReverse`). The balance never goes negative. When what was earned is already spent:
 * 1. unused vouchers the purchase could have paid for are voided and their cost restored;
 * 2. whatever still cannot be taken back is recorded as `shortfall` (a clawback owed) on the
 *    reverse entry, for staff to settle; it is never collected from future earnings.
 * The reverse entry is written even when it takes 0, because it records the refunded cents that
 * later partial refunds add up. A purchase this program never rewarded gives an empty outcome.
 * @example
 * // 9 stamps + 3 earned by p1 → voucher + 2 stamps; full refund of p1:
 * refundPurchase({ program: card10, purchaseId: 'p1', refundId: 'r1', refundCents: 1500, ... })
 * // voids p1's voucher (+10 → 12), reverses 3 → 9 stamps, shortfall 0
 */
export function refundPurchase(input: RefundPurchaseInput): Result<RefundOutcome> {
  const { program, purchaseId, refundId, now } = input;
  if (!isWholeNumber(input.refundCents)) return reject('invalid_amount', { field: 'refundCents' });
  const entries = entriesOf(input.entries, program.id);
  const history = purchaseHistory(entries, purchaseId, refundId);
  if (history.refundAlreadyRecorded) return reject('refund_already_recorded', { refundId });
  if (history.earn === null) {
    return ok({ reversed: 0, shortfall: 0, entries: [], voucherEvents: [] });
  }
  const remainingCents = history.earn.amountCents - history.refundedCents;
  if (input.refundCents > remainingCents) {
    return reject('refund_exceeds_purchase', { remainingCents });
  }
  const need = amountToReverse({
    earned: history.earn.earned,
    amountCents: history.earn.amountCents,
    refundedBeforeCents: history.refundedCents,
    refundCents: input.refundCents,
    reversedBefore: history.reversed,
  });
  const recovered = voidVouchersForShortfall({
    program,
    candidates: vouchersToVoid({
      programId: program.id,
      purchaseId,
      earnedAt: history.earn.at,
      vouchers: input.vouchers,
      events: input.voucherEvents,
      now,
    }),
    balance: balanceOf(entries),
    need,
    refundId,
    now,
  });
  const { balance, events: voucherEvents } = recovered;
  const out = recovered.entries;
  const reversed = Math.min(need, balance);
  const shortfall = need - reversed;
  // `0 - reversed`, not `-reversed`: a refund taking nothing must store 0, not -0.
  out.push(
    newEntry(program, 'reverse', 0 - reversed, now, {
      type: 'refund',
      purchaseId,
      refundId,
      refundedCents: input.refundCents,
      shortfall,
    }),
  );
  return ok({ reversed, shortfall, entries: out, voucherEvents });
}
