import { completeFullCards } from '../earn/complete-full-cards.ts';
import { expireDue } from '../expiry/expire-due.ts';
import { balanceOf, entriesOf } from '../ledger/balance.ts';
import { newEntry } from '../ledger/new-entry.ts';
import type { LedgerEntry } from '../model/ledger-entry.ts';
import type { Program } from '../model/program.ts';
import type { VoucherGrant } from '../model/voucher.ts';
import { ok, type Result, reject } from '../result/result.ts';
import {
  type AdjustmentLimit,
  type AdjustmentReasonCode,
  MIN_OTHER_REASON_LENGTH,
  withinAdjustmentLimit,
} from './adjustment-limit.ts';

export interface AdjustBalanceInput {
  readonly program: Program;
  readonly entries: readonly LedgerEntry[];
  readonly adjustmentId: string;
  readonly staffId: string;
  /** The adjusting principal's role, recorded so the daily limit can count per role. */
  readonly role: string;
  /** Mandatory: an adjustment nobody can explain later is a leak. */
  readonly reasonCode: AdjustmentReasonCode;
  /** Free text; required (≥ 10 characters) with `other`. Checked here, never stored in an entry. */
  readonly reason?: string | undefined;
  /** Signed, non-zero whole stamps or points. */
  readonly delta: number;
  /** What this principal may still adjust (`adjustmentLimit`). */
  readonly limit: AdjustmentLimit;
  readonly now: Date;
}

/** What to append for a staff adjustment. */
export interface AdjustmentOutcome {
  readonly entries: LedgerEntry[];
  /** Stamps added by hand can fill a card; it unlocks like any other. */
  readonly vouchers: VoucherGrant[];
}

/**
 * A correction by hand (a forgotten stamp, a goodwill gesture, a paper card taken over, a till
 * error). Needs a reason code, and a sentence with `other` (`reason_required`); stays within
 * the principal's limit (`adjustment_limit_exceeded`, with the limit); can never take the
 * balance below zero (`insufficient_balance`).
 * @example
 * adjustBalance({ program: card10, entries, adjustmentId: 'a1', staffId: 's1', role: 'staff',
 *   reasonCode: 'paper_card', delta: 1, limit: { perAdjustment: 10, dailyRemaining: 20 }, now })
 * // { ok: true, value: { entries: [adjust +1], vouchers: [] } }
 */
export function adjustBalance(input: AdjustBalanceInput): Result<AdjustmentOutcome> {
  const { program, adjustmentId, now, delta, reasonCode } = input;
  const reason = input.reason?.trim() ?? '';
  if (reasonCode === 'other' && reason.length < MIN_OTHER_REASON_LENGTH) {
    return reject('reason_required', { field: 'reason', minLength: MIN_OTHER_REASON_LENGTH });
  }
  if (!Number.isSafeInteger(delta) || delta === 0)
    return reject('invalid_amount', { field: 'delta' });
  if (!withinAdjustmentLimit(input.limit, delta)) {
    const { perAdjustment, dailyRemaining } = input.limit;
    return reject('adjustment_limit_exceeded', { limit: { perAdjustment, dailyRemaining }, delta });
  }
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
      role: input.role,
      reasonCode,
    }),
  );
  if (program.kind === 'points' || delta < 0) return ok({ entries: out, vouchers: [] });
  const cards = completeFullCards(program, balance + delta, now, `adjustment:${adjustmentId}`, {
    type: 'card_completed_by_adjustment',
    adjustmentId,
  });
  return ok({ entries: [...out, ...cards.entries], vouchers: cards.vouchers });
}
