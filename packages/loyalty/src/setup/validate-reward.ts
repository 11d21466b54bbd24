import { isPositiveWholeNumber, isWholeNumber } from '../ledger/whole-numbers.ts';
import type { Program } from '../model/program.ts';
import type { Reward } from '../model/reward.ts';
import { ok, type Result, reject } from '../result/result.ts';

/**
 * Checks a reward against its program: whole positive cost, whole cents, and for a stamp card
 * a cost equal to the card size (the card is the price).
 * @example validateReward({ ...coffee, cost: 8 }, card10) // { ok: false, code: 'invalid_program', detail: { field: 'cost' } }
 */
export function validateReward(reward: Reward, program: Program): Result<Reward> {
  if (reward.programId !== program.id)
    return reject('reward_not_in_program', { rewardId: reward.id });
  if (!isPositiveWholeNumber(reward.cost)) return reject('invalid_program', { field: 'cost' });
  if (program.kind === 'stamps' && reward.cost !== program.stampsPerCard) {
    return reject('invalid_program', { field: 'cost' });
  }
  if (!isWholeNumber(reward.costPriceCents))
    return reject('invalid_program', { field: 'costPriceCents' });
  if (!isWholeNumber(reward.retailValueCents)) {
    return reject('invalid_program', { field: 'retailValueCents' });
  }
  return ok(reward);
}
