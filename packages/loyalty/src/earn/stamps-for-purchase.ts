import type { StampRule } from '../model/program.ts';
import type { Purchase } from '../model/purchase.ts';
import { sameCategory } from './category.ts';

/**
 * Stamps a qualifying purchase earns under a rule (the minimum purchase is checked elsewhere).
 * - visit: 1
 * - item: the total quantity of items of the rule's category
 * - spend: floor(amountCents / centsPerStamp) — a started step earns nothing, so 19,99 € on a
 *   "1 stamp per 10 €" card earns 1 stamp.
 * @example stampsForPurchase({ per: 'spend', centsPerStamp: 1000 }, { id: 'p', amountCents: 1999 }) // 1
 */
export function stampsForPurchase(rule: StampRule, purchase: Purchase): number {
  switch (rule.per) {
    case 'visit':
      return 1;
    case 'item': {
      let quantity = 0;
      for (const item of purchase.items ?? []) {
        if (sameCategory(item.category, rule.category)) quantity += item.quantity;
      }
      return quantity;
    }
    case 'spend':
      return Math.floor(purchase.amountCents / rule.centsPerStamp);
  }
}
