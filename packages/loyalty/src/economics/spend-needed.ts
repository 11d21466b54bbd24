import type { Program } from '../model/program.ts';
import type { Reward } from '../model/reward.ts';
import { ok, type Result, reject } from '../result/result.ts';

/** What the owner expects customers to spend, when the rule itself does not say. */
export interface SpendEstimate {
  /** Average basket of a qualifying visit (per-visit cards). */
  readonly averageBasketCents?: number | undefined;
  /** Average price of one item of the card's category (per-item cards, e.g. a coupe, an hour). */
  readonly averageItemPriceCents?: number | undefined;
}

/**
 * The least a customer spends to earn a reward, in cents:
 * - stamp card per visit: stampsPerCard × max(average basket, minimum purchase)
 * - per item: stampsPerCard × average item price
 * - per X € spent: stampsPerCard × X
 * - points: ceil(cost × 100 / pointsPerEuro) — ceil because "floor" rounding means a customer
 *   must spend at least that much (with "nearest" it is an upper bound within half a point).
 * Without a basket estimate, a per-visit card falls back on its minimum purchase (the most
 * pessimistic ratio); with neither, `missing_spend_estimate`.
 * @example spendNeededCents(coffeeCard10PerVisit, coffee, { averageBasketCents: 500 }) // { ok: true, value: 5000 }
 */
export function spendNeededCents(
  program: Program,
  reward: Reward,
  estimate: SpendEstimate,
): Result<number> {
  if (program.kind === 'points') {
    return ok(Math.ceil((reward.cost * 100) / program.pointsPerEuro));
  }
  const cards = program.stampsPerCard;
  switch (program.rule.per) {
    case 'spend':
      return ok(cards * program.rule.centsPerStamp);
    case 'item':
      return estimate.averageItemPriceCents === undefined
        ? reject('missing_spend_estimate', { needs: 'averageItemPriceCents' })
        : ok(cards * estimate.averageItemPriceCents);
    case 'visit': {
      const basket = Math.max(estimate.averageBasketCents ?? 0, program.minimumPurchaseCents ?? 0);
      return basket === 0
        ? reject('missing_spend_estimate', { needs: 'averageBasketCents' })
        : ok(cards * basket);
    }
  }
}
