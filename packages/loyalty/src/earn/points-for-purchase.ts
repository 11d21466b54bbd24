import type { PointsProgram } from '../model/program.ts';
import type { Purchase } from '../model/purchase.ts';
import { sameCategory } from './category.ts';
import { type EarnOccasion, weightedCents } from './multipliers.ts';

/**
 * Points a purchase earns: amount × pointsPerEuro / 100, rounded by the program's rule.
 * - floor: floor(amountCents × pointsPerEuro / 100) — 12,99 € at 1 pt/€ → 12 points
 * - nearest: half up — 12,50 € → 13 points, 12,49 € → 12 points
 * With `eligibleCategories`, the amount is the total of the eligible lines (quantity × unit
 * price), capped at what was paid so that a discount on the receipt is not rewarded.
 * A tier's multiplier (`multiplierPercent`, 150 = ×1,5) applies before rounding, so 12,99 € at
 * ×1,5 earns 19 points, not 12 × 1,5 = 18.
 * The program's own multipliers (quiet hours, a category, dates: `weightedCents`) weigh the
 * amount first, so a tier's ×1,5 on double points is ×3. Integer arithmetic only (BigInt, as
 * the products can pass 2^53): no floating-point surprise on 0,1 + 0,2.
 * @example pointsForPurchase({ pointsPerEuro: 1, rounding: 'floor', ... }, { id: 'p', amountCents: 1299 }) // 12
 */
export function pointsForPurchase(
  program: PointsProgram,
  purchase: Purchase,
  multiplierPercent = 100,
  occasion?: EarnOccasion,
): number {
  const base = eligibleAmountCents(program, purchase);
  const weighted = BigInt(weightedCents(program, purchase, base, occasion));
  const scaled = weighted * BigInt(program.pointsPerEuro) * BigInt(multiplierPercent);
  switch (program.rounding) {
    case 'floor':
      return Number(scaled / 1_000_000n);
    case 'nearest':
      return Number((scaled * 2n + 1_000_000n) / 2_000_000n);
  }
}

function eligibleAmountCents(program: PointsProgram, purchase: Purchase): number {
  const categories = program.eligibleCategories;
  if (categories === undefined) return purchase.amountCents;
  let eligible = 0;
  for (const item of purchase.items ?? []) {
    if (categories.some((category) => sameCategory(category, item.category))) {
      eligible += item.quantity * item.unitPriceCents;
    }
  }
  return Math.min(eligible, purchase.amountCents);
}
