import type { Program } from '../model/program.ts';
import type { Reward } from '../model/reward.ts';
import { ok, type Result, reject } from '../result/result.ts';
import {
  COST_RATIO_GUIDELINE,
  type CostRatioBand,
  costRatioBand,
  type EconomicsReasonKey,
  percentOf,
  reasonKeyFor,
} from './cost-ratio.ts';
import { type SpendEstimate, spendNeededCents } from './spend-needed.ts';

/** The numbers behind "is this reward sustainable?", with a key the UI explains. */
export interface RewardEconomics {
  readonly spendNeededCents: number;
  readonly costPriceCents: number;
  readonly retailValueCents: number;
  /** costPrice / spendNeeded, in percent with two decimals: what the merchant gives back. */
  readonly costRatioPercent: number;
  /** retailValue / spendNeeded, in percent: what the customer feels they get back. */
  readonly perceivedValuePercent: number;
  readonly band: CostRatioBand;
  readonly reasonKey: EconomicsReasonKey;
  readonly guideline: typeof COST_RATIO_GUIDELINE;
}

/**
 * Checks a reward against the 1–5 % guideline at setup: what it costs the merchant (at cost
 * price, not list price) against what a customer spends to earn it.
 * Seed 001: a coffee costing 1 € for 50 € spent (10 purchases of 5 €) → 2 %, within.
 * @example
 * assessRewardEconomics({ program: card10PerVisit, reward: coffee, estimate: { averageBasketCents: 500 } })
 * // { ok: true, value: { spendNeededCents: 5000, costRatioPercent: 2, band: 'within', ... } }
 */
export function assessRewardEconomics(input: {
  readonly program: Program;
  readonly reward: Reward;
  readonly estimate?: SpendEstimate | undefined;
}): Result<RewardEconomics> {
  const { reward } = input;
  const spend = spendNeededCents(input.program, reward, input.estimate ?? {});
  if (!spend.ok) return spend;
  // A reward earned for nothing has no ratio; only a misconfigured program gets here.
  if (spend.value <= 0) return reject('invalid_program', { field: 'spendNeededCents' });
  const band = costRatioBand(reward.costPriceCents, spend.value);
  return ok({
    spendNeededCents: spend.value,
    costPriceCents: reward.costPriceCents,
    retailValueCents: reward.retailValueCents,
    costRatioPercent: percentOf(reward.costPriceCents, spend.value),
    perceivedValuePercent: percentOf(reward.retailValueCents, spend.value),
    band,
    reasonKey: reasonKeyFor(band),
    guideline: COST_RATIO_GUIDELINE,
  });
}
