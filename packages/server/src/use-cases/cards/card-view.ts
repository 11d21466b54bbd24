import {
  buildCardView,
  buildCardViewFrom,
  type Program,
  type Reward,
  type Standing,
  type Voucher,
} from '@habitue/loyalty';
import type { LoyaltyState } from '../loyalty/loyalty-state.ts';

/** What a card is drawn from without the history: each program's standing and open vouchers. */
export type StandingState = {
  readonly programs: readonly Program[];
  readonly activePrograms: readonly Program[];
  readonly rewards: readonly Reward[];
  readonly standings: Readonly<Record<string, Standing>>;
  /** Vouchers without an event (used and voided ones need not be loaded). */
  readonly openVouchers: readonly Voucher[];
};

/**
 * The customer's card: per program, the balance, progress to the next reward, the rewards the
 * balance can buy and the vouchers ready to use (with their codes). Archived programs are
 * shown only while they still hold a balance or a voucher.
 */
export function cardView(state: LoyaltyState | StandingState, now: Date) {
  const views =
    'standings' in state
      ? buildCardViewFrom({ ...state, vouchers: state.openVouchers, voucherEvents: [], now })
      : buildCardView({ ...state, now });
  return views
    .map((view) => {
      const program = state.programs.find((p) => p.id === view.programId)!;
      const archived = !state.activePrograms.includes(program);
      return {
        programId: view.programId,
        programName: program.name,
        kind: program.kind,
        archived,
        unit: view.unit,
        balance: view.balance,
        progress: view.progress,
        redeemableRewardIds: view.redeemableRewardIds,
        vouchers: view.availableVouchers.map((v) => ({
          code: v.code,
          rewardId: v.rewardId,
          rewardName: state.rewards.find((r) => r.id === v.rewardId)?.name ?? null,
          issuedAt: v.issuedAt.toISOString(),
          expiresAt: v.expiresAt?.toISOString() ?? null,
        })),
        expiry: view.expiry,
        clawbackOwed: view.clawbackOwed,
      };
    })
    .filter((v) => !v.archived || v.balance !== 0 || v.vouchers.length > 0);
}

export type CardView = ReturnType<typeof cardView>;
