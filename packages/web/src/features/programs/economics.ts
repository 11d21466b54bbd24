import {
  costRatioBand,
  type Program,
  percentOf,
  type Reward,
  type SpendEstimate,
  spendNeededCents,
} from '@habitue/loyalty';

/**
 * The reward economics preview, computed in the browser while the owner types, with the loyalty
 * rules' own functions (@habitue/loyalty is pure, so the browser runs the same code as the
 * server); the server's numbers are shown once the program is saved.
 */
export type Band = 'below' | 'within' | 'above';

export type EconomicsPreview =
  | { ok: true; spendNeededCents: number; costRatioPercent: number; band: Band }
  | { ok: false; needs: 'averageBasketCents' | 'averageItemPriceCents' | 'rules' | 'costPrice' };

export type SpendInput =
  | {
      kind: 'stamps';
      per: 'visit';
      stampsPerCard: number | null;
      averageBasketCents: number | null;
      minimumPurchaseCents: number | null;
    }
  | {
      kind: 'stamps';
      per: 'item';
      stampsPerCard: number | null;
      averageItemPriceCents: number | null;
    }
  | { kind: 'stamps'; per: 'spend'; stampsPerCard: number | null; centsPerStamp: number | null }
  | { kind: 'points'; pointsPerEuro: number | null; cost: number | null };

/**
 * What a customer spends to earn the reward, in cents, or what the owner still has to say.
 * The arithmetic is the loyalty rules' own (`spendNeededCents`), on the program as typed so far.
 */
export function spendNeeded(input: SpendInput): EconomicsPreview | number {
  const draft = draftOf(input);
  if ('needs' in draft) return { ok: false, needs: draft.needs };
  const spend = spendNeededCents(draft.program, draft.reward, draft.estimate);
  return spend.ok && spend.value > 0 ? spend.value : { ok: false, needs: neededEstimate(input) };
}

/** Cost ratio and its band against the 1–5 % guideline, by the loyalty rules' functions. */
export function previewEconomics(
  input: SpendInput,
  costPriceCents: number | null,
): EconomicsPreview {
  const spend = spendNeeded(input);
  if (typeof spend !== 'number') return spend;
  if (costPriceCents === null) return { ok: false, needs: 'costPrice' };
  return {
    ok: true,
    spendNeededCents: spend,
    costRatioPercent: percentOf(costPriceCents, spend),
    band: costRatioBand(costPriceCents, spend),
  };
}

function neededEstimate(
  input: SpendInput,
): 'averageBasketCents' | 'averageItemPriceCents' | 'rules' {
  if (input.kind === 'stamps' && input.per === 'visit') return 'averageBasketCents';
  if (input.kind === 'stamps' && input.per === 'item') return 'averageItemPriceCents';
  return 'rules';
}

const NAME = { fr: '-', en: '-' };

/** The form's values as the rules' program and reward, or which rule setting is missing. */
function draftOf(
  input: SpendInput,
): { program: Program; reward: Reward; estimate: SpendEstimate } | { needs: 'rules' } {
  if (input.kind === 'points') {
    if (!input.pointsPerEuro || !input.cost) return { needs: 'rules' };
    const program: Program = {
      kind: 'points',
      id: 'draft',
      version: 1,
      name: NAME,
      pointsPerEuro: input.pointsPerEuro,
      rounding: 'floor',
    };
    return { program, reward: reward(input.cost), estimate: {} };
  }
  if (!input.stampsPerCard) return { needs: 'rules' };
  const base = {
    kind: 'stamps' as const,
    id: 'draft',
    version: 1,
    name: NAME,
    stampsPerCard: input.stampsPerCard,
    rewardId: 'draft-reward',
  };
  switch (input.per) {
    case 'spend':
      if (!input.centsPerStamp) return { needs: 'rules' };
      return {
        program: { ...base, rule: { per: 'spend', centsPerStamp: input.centsPerStamp } },
        reward: reward(input.stampsPerCard),
        estimate: {},
      };
    case 'item':
      return {
        program: { ...base, rule: { per: 'item', category: 'item' } },
        reward: reward(input.stampsPerCard),
        estimate: { averageItemPriceCents: input.averageItemPriceCents ?? undefined },
      };
    case 'visit':
      return {
        program: {
          ...base,
          rule: { per: 'visit' },
          minimumPurchaseCents: input.minimumPurchaseCents ?? undefined,
        },
        reward: reward(input.stampsPerCard),
        estimate: { averageBasketCents: input.averageBasketCents ?? undefined },
      };
  }
}

function reward(cost: number): Reward {
  return {
    id: 'draft-reward',
    programId: 'draft',
    name: NAME,
    cost,
    costPriceCents: 0,
    retailValueCents: 0,
  };
}
