import { expireDueFrom } from '../expiry/expire-due.ts';
import { balanceOf, entriesOf } from '../ledger/balance.ts';
import { newEntry } from '../ledger/new-entry.ts';
import { type Standing, standingOf } from '../ledger/standing.ts';
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
  const entries = entriesOf(input.entries, input.program.id);
  const { redemptionId } = input;
  if (entries.some((e) => e.cause.type === 'redemption' && e.cause.redemptionId === redemptionId)) {
    const invalid = invalidPair(input.program, input.reward);
    return invalid ?? reject('redemption_already_recorded', { redemptionId });
  }
  return redeemPointsFrom({ ...input, standing: standingOf(entries, input.program.id) });
}

/**
 * The same from the program's standing (its ledger summed), for a caller that keeps it and
 * guarantees the redemption is new (a fresh id).
 * @example redeemPointsFrom({ program, reward: coffee, standing: { balance: 150, ... }, redemptionId: 'r1', now })
 */
export function redeemPointsFrom(input: {
  readonly program: Program;
  readonly reward: Reward;
  readonly standing: Standing;
  readonly redemptionId: string;
  readonly now: Date;
}): Result<RedemptionOutcome> {
  const { program, reward, redemptionId, now } = input;
  const invalid = invalidPair(program, reward);
  if (invalid) return invalid;
  const out = expireDueFrom(program, input.standing, now);
  const balance = input.standing.balance + balanceOf(out);
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

/** A reward that cannot be bought with this program's points, or null. */
function invalidPair(program: Program, reward: Reward) {
  if (program.kind !== 'points') return reject('program_kind_mismatch', { programId: program.id });
  if (reward.programId !== program.id)
    return reject('reward_not_in_program', { rewardId: reward.id });
  if (reward.archived === true) return reject('reward_archived', { rewardId: reward.id });
  return null;
}
