import { expireDueFrom } from '../expiry/expire-due.ts';
import { type ExpiryPlan, planExpiryFrom } from '../expiry/plan-expiry.ts';
import { balanceOf } from '../ledger/balance.ts';
import { EMPTY_STANDING, type Standing, standingOf } from '../ledger/standing.ts';
import type { LedgerEntry } from '../model/ledger-entry.ts';
import type { Program, Unit } from '../model/program.ts';
import { unitOf } from '../model/program.ts';
import type { Reward } from '../model/reward.ts';
import type { Voucher, VoucherEvent } from '../model/voucher.ts';
import { voucherStatus } from '../voucher/voucher-status.ts';
import { type Progress, progressTowardsNextReward, redeemableRewards } from './next-reward.ts';

/** One program on the customer's card. */
export interface ProgramCardView {
  readonly programId: string;
  readonly unit: Unit;
  /** The balance as of `now`, lapsed points already removed even if not yet recorded. */
  readonly balance: number;
  readonly progress: Progress | null;
  /** Ids of points rewards the balance can buy now, cheapest first. */
  readonly redeemableRewardIds: string[];
  /** Unused, unexpired, unvoided vouchers, oldest first. */
  readonly availableVouchers: Voucher[];
  /** When the balance lapses without a visit, with the notice date; null if it cannot. */
  readonly expiry: ExpiryPlan | null;
  /** For staff: what refunds could not take back (the customer had already spent it). */
  readonly clawbackOwed: number;
}

/**
 * The customer card: per program, the balance, progress to the next reward and the vouchers
 * ready to use.
 * @example
 * buildCardView({ programs: [card10], rewards, entries, vouchers: [], voucherEvents: [], now })
 * // [{ programId: 'card', balance: 7, progress: { current: 7, target: 10, ... }, ... }]
 */
export function buildCardView(input: {
  readonly programs: readonly Program[];
  readonly rewards: readonly Reward[];
  readonly entries: readonly LedgerEntry[];
  readonly vouchers: readonly Voucher[];
  readonly voucherEvents: readonly VoucherEvent[];
  readonly now: Date;
}): ProgramCardView[] {
  const standings = Object.fromEntries(
    input.programs.map((program) => [program.id, standingOf(input.entries, program.id)]),
  );
  return buildCardViewFrom({ ...input, standings });
}

/**
 * The same from each program's standing (its ledger summed, by program id), for a caller that
 * keeps it. `vouchers` may be only those without an event: the others are never shown.
 */
export function buildCardViewFrom(input: {
  readonly programs: readonly Program[];
  readonly rewards: readonly Reward[];
  readonly standings: Readonly<Record<string, Standing>>;
  readonly vouchers: readonly Voucher[];
  readonly voucherEvents: readonly VoucherEvent[];
  readonly now: Date;
}): ProgramCardView[] {
  const { rewards, now } = input;
  return input.programs.map((program) => {
    const standing = input.standings[program.id] ?? EMPTY_STANDING;
    const lapsed = expireDueFrom(program, standing, now);
    const balance = standing.balance + balanceOf(lapsed);
    return {
      programId: program.id,
      unit: unitOf(program),
      balance,
      progress: progressTowardsNextReward(program, rewards, balance),
      redeemableRewardIds: redeemableRewards(program, rewards, balance).map((r) => r.id),
      availableVouchers: input.vouchers
        .filter((v) => v.programId === program.id)
        .filter((v) => voucherStatus(v, input.voucherEvents, now) === 'available')
        .sort((a, b) => a.issuedAt.getTime() - b.issuedAt.getTime()),
      expiry: lapsed.length > 0 ? null : planExpiryFrom(program, standing),
      clawbackOwed: standing.clawbackOwed,
    };
  });
}
