export interface RewardCostRatio {
  /** Reward cost / spend needed to earn it, a share (0.02 = 2 %). */
  readonly ratio: number;
  readonly percent: number;
  /** Where the ratio falls against the guideline [min, max]. */
  readonly verdict: 'belowGuideline' | 'withinGuideline' | 'aboveGuideline';
}

/**
 * Cost of a reward against the spend needed to earn it. Use the reward's cost price (COGS), not its
 * list price (seed 001). The guideline is 1–5 %: below, the reward may not motivate; above, it eats
 * the margin.
 *
 * @example
 * rewardCostRatio({ rewardCostCents: 100, spendRequiredCents: 5_000 });
 * // { ratio: 0.02, percent: 2, verdict: 'withinGuideline' } — a 1 € coffee for 50 € spent
 */
export function rewardCostRatio(input: {
  readonly rewardCostCents: number;
  readonly spendRequiredCents: number;
  readonly guideline?: { readonly min: number; readonly max: number };
}): RewardCostRatio {
  if (!(input.spendRequiredCents > 0)) {
    throw new RangeError('rewardCostRatio: spendRequiredCents must be > 0');
  }
  const { min, max } = input.guideline ?? { min: 0.01, max: 0.05 };
  const ratio = input.rewardCostCents / input.spendRequiredCents;
  const verdict =
    ratio < min ? 'belowGuideline' : ratio > max ? 'aboveGuideline' : 'withinGuideline';
  return { ratio, percent: ratio * 100, verdict };
}

/**
 * Points liability: what the outstanding points would cost if redeemed, in cents (rounded).
 * `expectedRedemptionShare` (default 1) discounts points expected to expire unused (breakage).
 *
 * @example
 * pointsLiability({ outstandingPoints: 12_000, valuePerPointCents: 0.5 }); // 6_000 (60 €)
 * pointsLiability({ outstandingPoints: 12_000, valuePerPointCents: 0.5, expectedRedemptionShare: 0.7 }); // 4_200
 */
export function pointsLiability(input: {
  readonly outstandingPoints: number;
  readonly valuePerPointCents: number;
  readonly expectedRedemptionShare?: number;
}): number {
  const share = input.expectedRedemptionShare ?? 1;
  return Math.round(input.outstandingPoints * input.valuePerPointCents * share);
}

export interface BreakEvenLift {
  /** Extra revenue whose margin pays the program cost, cents (rounded up). */
  readonly incrementalRevenueCents: number;
  /** That extra revenue as a share of the members' baseline revenue (0.04 = +4 %). */
  readonly lift: number;
}

/**
 * Break-even lift: how much more the members must buy for the program to pay for itself —
 * program cost / margin rate, relative to the revenue they would bring without the program.
 *
 * @example
 * breakEvenLift({ programCostCents: 236_000, marginRate: 0.6, baselineRevenueCents: 10_000_000 });
 * // { incrementalRevenueCents: 393_334, lift: 0.03933… } — members must buy 3.9 % more
 */
export function breakEvenLift(input: {
  readonly programCostCents: number;
  readonly marginRate: number;
  readonly baselineRevenueCents: number;
}): BreakEvenLift {
  if (!(input.marginRate > 0) || !(input.baselineRevenueCents > 0)) {
    throw new RangeError('breakEvenLift: marginRate and baselineRevenueCents must be > 0');
  }
  const needed = input.programCostCents / input.marginRate;
  return { incrementalRevenueCents: Math.ceil(needed), lift: needed / input.baselineRevenueCents };
}
