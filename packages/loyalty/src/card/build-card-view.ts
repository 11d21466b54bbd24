import { expireDue } from '../expiry/expire-due.ts';
import { type ExpiryPlan, planExpiry } from '../expiry/plan-expiry.ts';
import { balanceOf, entriesOf } from '../ledger/balance.ts';
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
  const { rewards, now } = input;
  return input.programs.map((program) => {
    const entries = entriesOf(input.entries, program.id);
    const lapsed = expireDue(program, entries, now);
    const balance = balanceOf(entries) + balanceOf(lapsed);
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
      expiry: lapsed.length > 0 ? null : planExpiry(program, entries),
      clawbackOwed: clawbackOwed(entries),
    };
  });
}

function clawbackOwed(entries: readonly LedgerEntry[]): number {
  let owed = 0;
  for (const entry of entries) if (entry.cause.type === 'refund') owed += entry.cause.shortfall;
  return owed;
}
