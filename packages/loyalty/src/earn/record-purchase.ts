import { expireDueFrom } from '../expiry/expire-due.ts';
import { balanceOf, entriesOf } from '../ledger/balance.ts';
import { newEntry } from '../ledger/new-entry.ts';
import { type Standing, standingOf } from '../ledger/standing.ts';
import type { LedgerEntry } from '../model/ledger-entry.ts';
import type { Program } from '../model/program.ts';
import type { Purchase } from '../model/purchase.ts';
import type { VoucherGrant } from '../model/voucher.ts';
import { ok, type Result, reject } from '../result/result.ts';
import { completeFullCards } from './complete-full-cards.ts';
import { earnedByPurchase } from './earned-by-purchase.ts';
import type { EarnOccasion } from './multipliers.ts';

export interface RecordPurchaseInput {
  readonly program: Program;
  readonly purchase: Purchase;
  /** The customer's ledger (entries of other programs are ignored). */
  readonly entries: readonly LedgerEntry[];
  readonly now: Date;
  /** The customer's tier multiplier for points (150 = ×1,5); absent = ×1. */
  readonly pointsMultiplierPercent?: number | undefined;
  /** When and where (time zone) it happened, for the program's hour and date multipliers. */
  readonly occasion?: EarnOccasion | undefined;
}

/** What to append after a purchase. */
export interface PurchaseOutcome {
  /** Stamps or points the purchase earned (before cards were turned into vouchers). */
  readonly earned: number;
  /** Entries to append, in order: a due expiry, the earn, then one redeem per full card. */
  readonly entries: LedgerEntry[];
  /** Vouchers to issue (stamp cards only), each still needing a code. */
  readonly vouchers: VoucherGrant[];
}

/**
 * Records what a purchase earns in one program. Stamps past a full card roll over: on a
 * 10-stamp card, 9 stamps + a purchase earning 3 → one voucher and 2 stamps.
 * Rejects a purchase already recorded for this program, so a retried request earns once.
 * @example
 * recordPurchase({ program: card10, purchase: { id: 'p1', amountCents: 500 }, entries, now })
 * // { ok: true, value: { earned: 1, entries: [earn +1], vouchers: [] } }
 */
export function recordPurchase(input: RecordPurchaseInput): Result<PurchaseOutcome> {
  const entries = entriesOf(input.entries, input.program.id);
  const outcome = earnOnStanding({ ...input, standing: standingOf(entries, input.program.id) });
  if (outcome.ok && alreadyRecorded(entries, input.purchase.id)) {
    return reject('purchase_already_recorded', { purchaseId: input.purchase.id });
  }
  return outcome;
}

/**
 * What a purchase earns in one program, from the program's standing (its ledger summed)
 * instead of its whole ledger: the same rule as `recordPurchase`, for a caller that keeps the
 * standing and guarantees the purchase is new (a fresh id, a unique external id).
 * @example earnOnStanding({ program: card10, purchase, standing: { balance: 9, ... }, now })
 * // { ok: true, value: { earned: 1, entries: [earn +1, redeem −10], vouchers: [card 1] } }
 */
export function earnOnStanding(input: {
  readonly program: Program;
  readonly purchase: Purchase;
  readonly standing: Standing;
  readonly now: Date;
  readonly pointsMultiplierPercent?: number | undefined;
  /** When and where (time zone) it happened, for the program's hour and date multipliers. */
  readonly occasion?: EarnOccasion | undefined;
}): Result<PurchaseOutcome> {
  const { program, purchase, now } = input;
  const earned = earnedByPurchase(program, purchase, input.pointsMultiplierPercent, input.occasion);
  if (!earned.ok) return earned;
  const out = expireDueFrom(program, input.standing, now);
  if (earned.value === 0) return ok({ earned: 0, entries: out, vouchers: [] });
  out.push(
    newEntry(program, 'earn', earned.value, now, {
      type: 'purchase',
      purchaseId: purchase.id,
      amountCents: purchase.amountCents,
    }),
  );
  if (program.kind === 'points') return ok({ earned: earned.value, entries: out, vouchers: [] });
  const balance = input.standing.balance + balanceOf(out);
  const cards = completeFullCards(program, balance, now, `purchase:${purchase.id}`, {
    type: 'card_completed',
    purchaseId: purchase.id,
  });
  return ok({
    earned: earned.value,
    entries: [...out, ...cards.entries],
    vouchers: cards.vouchers,
  });
}

function alreadyRecorded(entries: readonly LedgerEntry[], purchaseId: string): boolean {
  return entries.some(
    (entry) => entry.cause.type === 'purchase' && entry.cause.purchaseId === purchaseId,
  );
}
