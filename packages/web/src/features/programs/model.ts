import type { components } from '../../api/schema.d.ts';

export type Reward = components['schemas']['Reward'];
type Localized = { fr: string; en: string };
export type StampRule =
  | { per: 'visit' }
  | { per: 'item'; category: string }
  | { per: 'spend'; centsPerStamp: number };

/**
 * A program as GET /api/v1/programs returns it. The OpenAPI schema lets the rules through
 * untyped (`passthrough`), so they are named here after the loyalty package's Program type.
 */
export type Program = components['schemas']['Program'] & {
  minimumPurchaseCents?: number;
  voucherValidityDays?: number;
  expiry?: { monthsWithoutActivity: number; noticeDays: number } | null;
} & (
    | { kind: 'stamps'; rule: StampRule; stampsPerCard: number; rewardId: string }
    | { kind: 'points'; pointsPerEuro: number; rounding: 'floor' | 'nearest' }
  );

export type Preset = {
  id: string;
  name: Localized;
  rule: StampRule;
  stampsPerCard: number;
  cardBoxes: number;
  suggestedReward: Localized;
  minimumPurchaseCents?: number;
};

/** The rewards a customer can still get, cheapest first. */
export function activeRewards(program: Pick<Program, 'rewards'>): Reward[] {
  return program.rewards.filter((r) => !r.archived).sort((a, b) => a.cost - b.cost);
}
