import type { components } from '../../api/schema.d.ts';

export type CrossSellRule = components['schemas']['CrossSellRules']['rules'][number];

/** One item the campaign can offer, with the purchases that usually come before it. */
export type CrossSellChoice = {
  /** The segment's `crossSellItem`: the item's SKU (or name when the till sends none). */
  item: string;
  name: string;
  /** What its buyers bought first, strongest rule first: "after a croissant, 62 %". */
  after: { name: string; confidence: number }[];
};

/**
 * The items the shop's "bought A, then B" rules propose, for the campaign's cross-sell picker:
 * each proposed item once, with the items it follows (strongest first), the items with the
 * strongest rule first.
 * @example crossSellChoices([{ antecedent: 'CROI', antecedentName: 'Croissant', consequent: 'CAFE', consequentName: 'Café', confidence: 0.6, … }])
 * // [{ item: 'CAFE', name: 'Café', after: [{ name: 'Croissant', confidence: 0.6 }] }]
 */
export function crossSellChoices(rules: readonly CrossSellRule[]): CrossSellChoice[] {
  const byItem = new Map<string, CrossSellChoice>();
  for (const rule of rules) {
    const choice = byItem.get(rule.consequent) ?? {
      item: rule.consequent,
      name: rule.consequentName,
      after: [],
    };
    choice.after.push({ name: rule.antecedentName, confidence: rule.confidence });
    byItem.set(rule.consequent, choice);
  }
  const choices = [...byItem.values()];
  for (const c of choices) c.after.sort((a, b) => b.confidence - a.confidence);
  return choices.sort(
    (a, b) => b.after[0]!.confidence - a.after[0]!.confidence || a.name.localeCompare(b.name),
  );
}
