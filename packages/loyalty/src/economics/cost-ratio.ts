/** Where a reward's cost sits against the 1–5 % guideline (seed 001). */
export type CostRatioBand = 'below' | 'within' | 'above';

/** A key a UI translates, e.g. "Ce cadeau coûte 2 % des achats : dans la norme (1–5 %)". */
export type EconomicsReasonKey =
  | 'economics.cost_ratio.below_guideline'
  | 'economics.cost_ratio.within_guideline'
  | 'economics.cost_ratio.above_guideline';

export const COST_RATIO_GUIDELINE = { minPercent: 1, maxPercent: 5 } as const;

/**
 * The guideline band of cost / spend, decided on integers (cost × 100 against spend × 1 and
 * × 5) so that exactly 1 % and exactly 5 % are "within", with no floating-point doubt.
 * Below 1 % is flagged because a reward that cheap rarely motivates anyone.
 * @example costRatioBand(100, 5000) // 'within' (2 %)
 */
export function costRatioBand(costCents: number, spendCents: number): CostRatioBand {
  const scaled = costCents * 100;
  if (scaled < spendCents * COST_RATIO_GUIDELINE.minPercent) return 'below';
  if (scaled > spendCents * COST_RATIO_GUIDELINE.maxPercent) return 'above';
  return 'within';
}

/** @example reasonKeyFor('within') // 'economics.cost_ratio.within_guideline' */
export function reasonKeyFor(band: CostRatioBand): EconomicsReasonKey {
  return `economics.cost_ratio.${band}_guideline`;
}

/**
 * A share as a percentage with two decimals, for display only (bands use `costRatioBand`).
 * @example percentOf(100, 5000) // 2
 */
export function percentOf(partCents: number, wholeCents: number): number {
  return Math.round((partCents * 10_000) / wholeCents) / 100;
}
