import { buildCardView } from '@habitue/loyalty';
import type { LoyaltyState } from '../loyalty/loyalty-state.ts';

/**
 * The customer's card: per program, the balance, progress to the next reward, the rewards the
 * balance can buy and the vouchers ready to use (with their codes). Archived programs are
 * shown only while they still hold a balance or a voucher.
 */
export function cardView(state: LoyaltyState, now: Date) {
  const views = buildCardView({ ...state, now });
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
