import { completeFullCards } from '../earn/complete-full-cards.ts';
import { expireDue } from '../expiry/expire-due.ts';
import { balanceOf, entriesOf } from '../ledger/balance.ts';
import { newEntry } from '../ledger/new-entry.ts';
import type { LedgerEntry } from '../model/ledger-entry.ts';
import type { Program } from '../model/program.ts';
import type { VoucherGrant } from '../model/voucher.ts';
import { ok, type Result, reject } from '../result/result.ts';

export interface AdjustBalanceInput {
  readonly program: Program;
  readonly entries: readonly LedgerEntry[];
  readonly adjustmentId: string;
  readonly staffId: string;
  /** Mandatory: an adjustment nobody can explain later is a leak. */
  readonly reason: string;
  /** Signed, non-zero whole stamps or points. */
  readonly delta: number;
  readonly now: Date;
}

/** What to append for a staff adjustment. */
export interface AdjustmentOutcome {
  readonly entries: LedgerEntry[];
  /** Stamps added by hand can fill a card; it unlocks like any other. */
  readonly vouchers: VoucherGrant[];
}

/**
 * A staff correction (a forgotten stamp, a goodwill gesture, a mistake undone). Needs a
 * non-empty reason (`reason_required`) and can never take the balance below zero
 * (`insufficient_balance`).
 * @example
 * adjustBalance({ program: card10, entries, adjustmentId: 'a1', staffId: 's1',
 *   reason: 'Tampon oublié hier', delta: 1, now })
 * // { ok: true, value: { entries: [adjust +1], vouchers: [] } }
 */
export function adjustBalance(input: AdjustBalanceInput): Result<AdjustmentOutcome> {
  const { program, adjustmentId, now, delta } = input;
  const reason = input.reason.trim();
  if (reason === '') return reject('reason_required');
  if (!Number.isSafeInteger(delta) || delta === 0)
    return reject('invalid_amount', { field: 'delta' });
  const entries = entriesOf(input.entries, program.id);
  if (
    entries.some(
      (e) => e.cause.type === 'staff_adjustment' && e.cause.adjustmentId === adjustmentId,
    )
  ) {
    return reject('adjustment_already_recorded', { adjustmentId });
  }
  const out = expireDue(program, entries, now);
  const balance = balanceOf(entries) + balanceOf(out);
  if (balance + delta < 0) return reject('insufficient_balance', { balance, delta });
  out.push(
    newEntry(program, 'adjust', delta, now, {
      type: 'staff_adjustment',
      adjustmentId,
      staffId: input.staffId,
      reason,
    }),
  );
  if (program.kind === 'points' || delta < 0) return ok({ entries: out, vouchers: [] });
  const cards = completeFullCards(program, balance + delta, now, `adjustment:${adjustmentId}`, {
    type: 'card_completed_by_adjustment',
    adjustmentId,
  });
  return ok({ entries: [...out, ...cards.entries], vouchers: cards.vouchers });
}
