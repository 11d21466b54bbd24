import type { Program } from '../model/program.ts';
import type { Reward } from '../model/reward.ts';

/** "7 / 10 stamps" or "120 / 150 points towards a coffee". */
export interface Progress {
  readonly current: number;
  readonly target: number;
  readonly rewardId: string;
}

/**
 * Progress towards the next reward. A stamp card counts towards its own reward. A points
 * program counts towards the cheapest active reward the balance cannot buy yet; null when the
 * balance already affords every reward (the card then lists what can be redeemed).
 * @example progressTowardsNextReward(card10, rewards, 7) // { current: 7, target: 10, rewardId: 'coffee' }
 */
export function progressTowardsNextReward(
  program: Program,
  rewards: readonly Reward[],
  balance: number,
): Progress | null {
  if (program.kind === 'stamps') {
    const target = program.stampsPerCard;
    // After a rule change to a smaller card, an old balance may exceed it until the next earn.
    return { current: Math.min(balance, target), target, rewardId: program.rewardId };
  }
  let next: Reward | null = null;
  for (const reward of activeRewards(program, rewards)) {
    if (reward.cost > balance && (next === null || reward.cost < next.cost)) next = reward;
  }
  return next === null ? null : { current: balance, target: next.cost, rewardId: next.id };
}

/**
 * Rewards of a points program the balance can buy now, cheapest first.
 * @example redeemableRewards(points, rewards, 150) // [coffee (100)]
 */
export function redeemableRewards(
  program: Program,
  rewards: readonly Reward[],
  balance: number,
): Reward[] {
  if (program.kind === 'stamps') return [];
  return activeRewards(program, rewards)
    .filter((reward) => reward.cost <= balance)
    .sort((a, b) => a.cost - b.cost);
}

function activeRewards(program: Program, rewards: readonly Reward[]): Reward[] {
  return rewards.filter((reward) => reward.programId === program.id && reward.archived !== true);
}
