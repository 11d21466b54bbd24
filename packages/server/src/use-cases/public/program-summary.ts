import type { LocalizedText, Program, Reward, StampRule } from '@habitue/loyalty';

/**
 * A program as a customer needs it to understand the deal in five seconds: what earns, and
 * the first thing it buys. The page turns it into one sentence in the reader's language.
 */
export type ProgramSummary =
  | {
      kind: 'stamps';
      name: LocalizedText;
      rule: StampRule;
      stampsPerCard: number;
      reward: LocalizedText | null;
    }
  | {
      kind: 'points';
      name: LocalizedText;
      pointsPerEuro: number;
      firstReward: { name: LocalizedText; cost: number } | null;
    };

/**
 * @example summarizeProgram(tenthFree, rewards)
 * // { kind: 'stamps', rule: { per: 'visit' }, stampsPerCard: 9, reward: { fr: 'Viennoiserie offerte', … } }
 */
export function summarizeProgram(program: Program, rewards: readonly Reward[]): ProgramSummary {
  if (program.kind === 'stamps') {
    const reward = rewards.find((r) => r.id === program.rewardId);
    return {
      kind: 'stamps',
      name: program.name,
      rule: program.rule,
      stampsPerCard: program.stampsPerCard,
      reward: reward?.name ?? null,
    };
  }
  const cheapest = rewards
    .filter((r) => r.programId === program.id && r.archived !== true)
    .sort((a, b) => a.cost - b.cost)[0];
  return {
    kind: 'points',
    name: program.name,
    pointsPerEuro: program.pointsPerEuro,
    firstReward: cheapest ? { name: cheapest.name, cost: cheapest.cost } : null,
  };
}
