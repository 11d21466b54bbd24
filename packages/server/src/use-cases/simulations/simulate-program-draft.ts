import {
  type Program,
  type Reward,
  type SimulationResult,
  simulateProgram,
  validateProgram,
  validateReward,
} from '@habitue/loyalty';
import { withMerchant } from '../../db/tenant.ts';
import { findTierSetting } from '../../repositories/tiers.ts';
import { unwrap } from '../loyalty/rejection.ts';
import type { ProgramDraft, RewardDraft } from '../programs/create-program.ts';
import type { MerchantScope } from '../scope.ts';
import { recordedYear, type SimulatedYear, uploadedYear } from './simulation-sales.ts';

export type SimulationRequest = {
  program: ProgramDraft;
  reward?: RewardDraft | undefined;
  catalog?: (RewardDraft & { cost: number })[] | undefined;
  grossMarginPercent: number;
  /** Apply the shop's tier ladder (multipliers and discounts), when it has one. */
  withTiers: boolean;
  /** Replay an uploaded sales file instead of the shop's recorded sales. */
  uploadId?: string | undefined;
};

export type SimulationAnswer = Omit<SimulationResult, 'byReward'> & {
  byReward: (SimulationResult['byReward'][number] & { name: { fr: string; en: string } })[];
  source: SimulatedYear['source'];
  from: Date;
  to: Date;
  withTiers: boolean;
};

const DRAFT_ID = 'draft';
const CARD_REWARD_ID = 'draft-reward';

/**
 * Replays the shop's last 12 months (or an uploaded sales file) through a program draft that is
 * never saved: the same validation as creating it, then the pure simulator. Reads only.
 * @example simulateProgramDraft(scope, { program: card, reward, grossMarginPercent: 65, withTiers: true })
 */
export async function simulateProgramDraft(
  scope: MerchantScope,
  request: SimulationRequest,
): Promise<SimulationAnswer> {
  const { program, rewards } = draftOf(request);
  return withMerchant(scope.db, scope.merchantId, async (tx) => {
    const year = request.uploadId
      ? await uploadedYear(tx, scope.merchantId, request.uploadId)
      : await recordedYear(tx, scope.merchantId, scope.now);
    const tiers = request.withTiers ? await findTierSetting(tx, scope.merchantId) : undefined;
    const result = simulateProgram({
      program,
      rewards,
      tiers: tiers ?? undefined,
      purchases: year.purchases,
      end: year.to,
      grossMarginPercent: request.grossMarginPercent,
    });
    const byReward = result.byReward.map((r) => ({
      ...r,
      name: rewards.find((d) => d.id === r.rewardId)?.name ?? { fr: '', en: '' },
    }));
    return {
      ...result,
      byReward,
      source: year.source,
      from: year.from,
      to: year.to,
      withTiers: !!tiers,
    };
  });
}

function draftOf(request: SimulationRequest): { program: Program; rewards: Reward[] } {
  const draft = request.program;
  const program = unwrap(
    validateProgram(
      (draft.kind === 'stamps'
        ? { ...draft, id: DRAFT_ID, version: 1, rewardId: CARD_REWARD_ID }
        : { ...draft, id: DRAFT_ID, version: 1 }) as Program,
    ),
  );
  const drafts: Reward[] =
    program.kind === 'stamps'
      ? request.reward
        ? [
            {
              ...request.reward,
              id: CARD_REWARD_ID,
              programId: DRAFT_ID,
              cost: program.stampsPerCard,
            },
          ]
        : []
      : (request.catalog ?? []).map((r, i) => ({
          ...r,
          id: `draft-${i + 1}`,
          programId: DRAFT_ID,
        }));
  if (program.kind === 'stamps' && drafts.length === 0) {
    unwrap({ ok: false, code: 'invalid_program', detail: { field: 'reward' } });
  }
  return { program, rewards: drafts.map((r) => unwrap(validateReward(r, program))) };
}
