import { completeFullCards } from '../earn/complete-full-cards.ts';
import { expireDue } from '../expiry/expire-due.ts';
import { balanceOf, entriesOf } from '../ledger/balance.ts';
import { newEntry } from '../ledger/new-entry.ts';
import { isPositiveWholeNumber } from '../ledger/whole-numbers.ts';
import type { LedgerEntry } from '../model/ledger-entry.ts';
import type { Program } from '../model/program.ts';
import type { VoucherGrant } from '../model/voucher.ts';
import { ok, type Result, reject } from '../result/result.ts';

/** Who a referral rewards: the customer who shared their code, or the one who came with it. */
export type ReferralRole = 'referrer' | 'referee';

/** Does a first purchase of this amount qualify a referral? At or above the program's minimum. */
export function qualifiesReferral(program: Program, amountCents: number): boolean {
  return amountCents > 0 && amountCents >= (program.minimumPurchaseCents ?? 0);
}

/**
 * One side of a referral's reward: an `earn` entry with cause `referral`, stamps rolled over
 * like a purchase's. Refuses a second reward for the same referral and role.
 * @example
 * rewardReferral({ program, entries, referralId: 'r1', role: 'referee', purchaseId: 'p1', amount: 50, now })
 * // { ok: true, value: { entries: [earn +50 (referral)], vouchers: [] } }
 */
export function rewardReferral(input: {
  readonly program: Program;
  readonly entries: readonly LedgerEntry[];
  readonly referralId: string;
  readonly role: ReferralRole;
  readonly purchaseId: string;
  readonly amount: number;
  readonly now: Date;
}): Result<{ entries: LedgerEntry[]; vouchers: VoucherGrant[] }> {
  const { program, now, referralId, role } = input;
  if (!isPositiveWholeNumber(input.amount)) return reject('invalid_amount', { field: 'amount' });
  const entries = entriesOf(input.entries, program.id);
  if (referralEntries(entries, referralId, role).some((e) => e.kind === 'earn')) {
    return reject('bonus_already_recorded', { bonusId: `referral:${referralId}:${role}` });
  }
  const out = expireDue(program, entries, now);
  out.push(
    newEntry(program, 'earn', input.amount, now, {
      type: 'referral',
      referralId,
      role,
      purchaseId: input.purchaseId,
    }),
  );
  if (program.kind === 'points') return ok({ entries: out, vouchers: [] });
  const balance = balanceOf(entries) + balanceOf(out);
  const cards = completeFullCards(program, balance, now, `referral:${referralId}:${role}`, {
    type: 'card_completed',
  });
  return ok({ entries: [...out, ...cards.entries], vouchers: cards.vouchers });
}

/**
 * Takes one side's referral reward back after its qualifying purchase was refunded: a
 * `reverse` entry of what was given, never below zero (what was already spent stays spent),
 * once per referral and role. Nothing when nothing was given or it was already taken back.
 * @example takeBackReferral({ program, entries, referralId: 'r1', role: 'referrer', refundId: 'f1', now })
 * // [reverse −50 (referral)]
 */
export function takeBackReferral(input: {
  readonly program: Program;
  readonly entries: readonly LedgerEntry[];
  readonly referralId: string;
  readonly role: ReferralRole;
  readonly refundId: string;
  readonly now: Date;
}): LedgerEntry[] {
  const { program, now } = input;
  const entries = entriesOf(input.entries, program.id);
  const own = referralEntries(entries, input.referralId, input.role);
  const earned = own.find((e) => e.kind === 'earn');
  if (earned?.cause.type !== 'referral' || own.some((e) => e.kind === 'reverse')) {
    return [];
  }
  const out = expireDue(program, entries, now);
  const amount = Math.min(earned.delta, Math.max(0, balanceOf(entries) + balanceOf(out)));
  if (amount === 0) return out;
  out.push(
    newEntry(program, 'reverse', -amount, now, { ...earned.cause, refundId: input.refundId }),
  );
  return out;
}

function referralEntries(entries: readonly LedgerEntry[], referralId: string, role: ReferralRole) {
  return entries.filter(
    (e) =>
      e.cause.type === 'referral' && e.cause.referralId === referralId && e.cause.role === role,
  );
}
