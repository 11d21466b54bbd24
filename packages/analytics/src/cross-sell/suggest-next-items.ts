import type { NextItemRule } from './next-item-rules.ts';

/** An item to offer a customer, and the rule that suggests it. */
export interface NextItemSuggestion {
  readonly item: string;
  /** The customer's item that leads to it. */
  readonly because: string;
  readonly confidence: number;
  readonly lift: number;
  readonly customers: number;
}

/** How many items the customer page shows "à proposer", and a segment looks at. */
export const SUGGESTIONS_PER_CUSTOMER = 3;

/**
 * What to offer a customer who bought `bought`: items they never bought, from the rules whose
 * antecedent they bought and that follow more often than chance (lift > 1), the most likely
 * first; each item once, with its strongest reason.
 * @example suggestNextItems(['coupe'], rules) // [{ item: 'soin', because: 'coupe', confidence: 0.6, … }]
 */
export function suggestNextItems(
  bought: Iterable<string>,
  rules: readonly NextItemRule[],
  limit = SUGGESTIONS_PER_CUSTOMER,
): NextItemSuggestion[] {
  const owned = new Set(bought);
  const best = new Map<string, NextItemSuggestion>();
  for (const r of rules) {
    if (r.lift <= 1 || !owned.has(r.antecedent) || owned.has(r.consequent)) continue;
    const current = best.get(r.consequent);
    if (
      current === undefined ||
      r.confidence > current.confidence ||
      (r.confidence === current.confidence && r.lift > current.lift)
    ) {
      best.set(r.consequent, {
        item: r.consequent,
        because: r.antecedent,
        confidence: r.confidence,
        lift: r.lift,
        customers: r.customers,
      });
    }
  }
  return [...best.values()]
    .sort((x, y) => y.confidence - x.confidence || y.lift - x.lift || x.item.localeCompare(y.item))
    .slice(0, limit);
}
