import type { Program } from '../model/program.ts';
import type { Purchase } from '../model/purchase.ts';
import { ok, type Result, reject } from '../result/result.ts';
import type { EarnOccasion } from './multipliers.ts';
import { pointsForPurchase } from './points-for-purchase.ts';
import { stampsForPurchase } from './stamps-for-purchase.ts';
import { validatePurchase } from './validate-purchase.ts';

/**
 * What a purchase earns in a program (stamps or points), or why it earns nothing:
 * `invalid_amount` for non-integer money, `below_minimum_purchase` under the threshold (with
 * the threshold in `detail` so the counter can say "dès 5 €").
 * `pointsMultiplierPercent` is the customer's tier multiplier (points programs only; stamps are
 * counted, not multiplied).
 * @example earnedByPurchase(coffeeCard, { id: 'p1', amountCents: 450 }) // { ok: true, value: 1 }
 */
export function earnedByPurchase(
  program: Program,
  purchase: Purchase,
  pointsMultiplierPercent = 100,
  occasion?: EarnOccasion,
): Result<number> {
  const valid = validatePurchase(purchase);
  if (!valid.ok) return valid;
  const minimum = program.minimumPurchaseCents ?? 0;
  if (purchase.amountCents < minimum) {
    return reject('below_minimum_purchase', {
      minimumPurchaseCents: minimum,
      amountCents: purchase.amountCents,
    });
  }
  return ok(
    program.kind === 'stamps'
      ? stampsForPurchase(program.rule, purchase)
      : pointsForPurchase(program, purchase, pointsMultiplierPercent, occasion),
  );
}
