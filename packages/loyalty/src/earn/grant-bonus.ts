import { expireDue } from '../expiry/expire-due.ts';
import { balanceOf, entriesOf } from '../ledger/balance.ts';
import { newEntry } from '../ledger/new-entry.ts';
import { isPositiveWholeNumber } from '../ledger/whole-numbers.ts';
import type { LedgerEntry } from '../model/ledger-entry.ts';
import type { Program } from '../model/program.ts';
import type { VoucherGrant } from '../model/voucher.ts';
import { ok, type Result, reject } from '../result/result.ts';
import { completeFullCards } from './complete-full-cards.ts';

/**
 * The hook for bonus rules (welcome, birthday, referral, launch week): whatever decides that a
 * bonus is due, this records it as an `earn` entry with cause `bonus`, rolls stamps over like a
 * purchase would, and refuses the same `bonusId` twice (e.g. `birthday:2026`).
 * A bonus is not a purchase: refunds never touch it.
 * @example
 * grantBonus({ program: points, entries, bonusId: 'welcome', label: 'Bienvenue', amount: 50, now })
 * // { ok: true, value: { entries: [earn +50 (bonus)], vouchers: [] } }
 */
export function grantBonus(input: {
  readonly program: Program;
  readonly entries: readonly LedgerEntry[];
  readonly bonusId: string;
  readonly label: string;
  readonly amount: number;
  readonly now: Date;
}): Result<{ entries: LedgerEntry[]; vouchers: VoucherGrant[] }> {
  const { program, bonusId, now } = input;
  if (!isPositiveWholeNumber(input.amount)) return reject('invalid_amount', { field: 'amount' });
  const entries = entriesOf(input.entries, program.id);
  if (entries.some((e) => e.cause.type === 'bonus' && e.cause.bonusId === bonusId)) {
    return reject('bonus_already_recorded', { bonusId });
  }
  const out = expireDue(program, entries, now);
  out.push(
    newEntry(program, 'earn', input.amount, now, { type: 'bonus', bonusId, label: input.label }),
  );
  if (program.kind === 'points') return ok({ entries: out, vouchers: [] });
  const balance = balanceOf(entries) + balanceOf(out);
  const cards = completeFullCards(program, balance, now, `bonus:${bonusId}`, {
    type: 'card_completed',
  });
  return ok({ entries: [...out, ...cards.entries], vouchers: cards.vouchers });
}
