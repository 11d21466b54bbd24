import type { StampCardProgram } from '../model/program.ts';
import type { Reward } from '../model/reward.ts';
import type { StampCardPreset } from './stamp-card-presets.ts';

/** What the owner still decides: ids from storage and the reward's economics. */
export interface PresetChoices {
  readonly programId: string;
  readonly rewardId: string;
  /** What the reward costs the merchant, and what it sells for. */
  readonly costPriceCents: number;
  readonly retailValueCents: number;
  /** Defaults to the preset's minimum (1 €). */
  readonly minimumPurchaseCents?: number | undefined;
  readonly voucherValidityDays?: number | undefined;
}

/**
 * A program and its reward from a preset, at version 1.
 * @example
 * programFromPreset(carWashPreset, { programId: 'wash', rewardId: 'free-wash',
 *   costPriceCents: 300, retailValueCents: 1200 })
 * // { program: { kind: 'stamps', stampsPerCard: 4, rule: { per: 'item', category: 'lavage' }, ... },
 * //   reward: { cost: 4, ... } }
 */
export function programFromPreset(
  preset: StampCardPreset,
  choices: PresetChoices,
): { program: StampCardProgram; reward: Reward } {
  const program: StampCardProgram = {
    kind: 'stamps',
    id: choices.programId,
    version: 1,
    name: preset.name,
    rule: preset.rule,
    stampsPerCard: preset.stampsPerCard,
    rewardId: choices.rewardId,
    minimumPurchaseCents: choices.minimumPurchaseCents ?? preset.minimumPurchaseCents,
    voucherValidityDays: choices.voucherValidityDays,
  };
  const reward: Reward = {
    id: choices.rewardId,
    programId: choices.programId,
    name: preset.suggestedReward,
    cost: preset.stampsPerCard,
    costPriceCents: choices.costPriceCents,
    retailValueCents: choices.retailValueCents,
  };
  return { program, reward };
}
