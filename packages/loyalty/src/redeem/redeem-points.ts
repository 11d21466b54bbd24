import { expireDue } from '../expiry/expire-due.ts';
import { balanceOf, entriesOf } from '../ledger/balance.ts';
import { newEntry } from '../ledger/new-entry.ts';
import type { LedgerEntry } from '../model/ledger-entry.ts';
import type { Program } from '../model/program.ts';
import type { Reward } from '../model/reward.ts';
import type { VoucherGrant } from '../model/voucher.ts';
import { ok, type Result, reject } from '../result/result.ts';
import { voucherExpiry } from '../voucher/voucher-expiry.ts';

export interface RedeemPointsInput {
  readonly program: Program;
  readonly reward: Reward;
  readonly entries: readonly LedgerEntry[];
  /** Chosen by the caller; replaying it is rejected so a retry never debits twice. */
  readonly redemptionId: string;
  readonly now: Date;
}

/** What to append for a points redemption. */
export interface RedemptionOutcome {
  /** A due expiry (if any), then the `redeem` debit. */
  readonly entries: LedgerEntry[];
  /** The voucher to issue; the counter can use it at once with `useVoucher`. */
  readonly voucher: VoucherGrant;
}

/**
 * Spends points on a catalog reward: debits the reward's cost and issues a voucher. The
 * balance never goes below zero (`insufficient_balance`, with the balance and cost in
 * `detail`). Lapsed points are expired first, so they cannot be spent.
 * @example
 * // 150 points, coffee at 100 points
 * redeemPoints({ program, reward: coffee, entries, redemptionId: 'r1', now })
 * // { ok: true, value: { entries: [redeem −100], voucher: { rewardId: 'coffee', cost: 100, ... } } }
 */
export function redeemPoints(input: RedeemPointsInput): Result<RedemptionOutcome> {
  const { program, reward, redemptionId, now } = input;
  if (program.kind !== 'points') return reject('program_kind_mismatch', { programId: program.id });
  if (reward.programId !== program.id)
    return reject('reward_not_in_program', { rewardId: reward.id });
  if (reward.archived === true) return reject('reward_archived', { rewardId: reward.id });
  const entries = entriesOf(input.entries, program.id);
  if (entries.some((e) => e.cause.type === 'redemption' && e.cause.redemptionId === redemptionId)) {
    return reject('redemption_already_recorded', { redemptionId });
  }
  const out = expireDue(program, entries, now);
  const balance = balanceOf(entries) + balanceOf(out);
  if (balance < reward.cost) {
    return reject('insufficient_balance', { balance, cost: reward.cost });
  }
  const voucherId = `${program.id}:redemption:${redemptionId}`;
  out.push(
    newEntry(program, 'redeem', -reward.cost, now, {
      type: 'redemption',
      redemptionId,
      rewardId: reward.id,
      voucherId,
    }),
  );
  const voucher: VoucherGrant = {
    id: voucherId,
    programId: program.id,
    rewardId: reward.id,
    cost: reward.cost,
    unit: 'points',
    issuedAt: now,
    expiresAt: voucherExpiry(program, now),
    source: { type: 'redemption', redemptionId },
  };
  return ok({ entries: out, voucher });
}
