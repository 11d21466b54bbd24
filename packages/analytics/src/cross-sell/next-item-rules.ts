/** One purchase with the products or services on its receipt (their keys, e.g. the SKU). */
export interface ItemisedPurchase {
  readonly customerId: string;
  /** Anything that sorts in time order: an ISO timestamp, a day. */
  readonly at: string;
  readonly items: readonly string[];
}

/**
 * "Those who bought `antecedent` then bought `consequent`", counted in customers. A customer
 * supports it when they bought `consequent` in the same purchase as `antecedent` or in a later
 * one (seed 000: "un soin après la coupe", "un contrat d'entretien après la chaudière").
 */
export interface NextItemRule {
  readonly antecedent: string;
  readonly consequent: string;
  /** Customers who bought the antecedent and, then or later, the consequent. */
  readonly customers: number;
  /** customers ÷ customers with an itemised purchase. */
  readonly support: number;
  /** customers ÷ customers who bought the antecedent: how often it follows. */
  readonly confidence: number;
  /** confidence ÷ share of customers who bought the consequent at all; > 1: it follows more than chance. */
  readonly lift: number;
}

/** Fewer customers than this behind a rule make it an anecdote, not a habit. */
export const MIN_RULE_CUSTOMERS = 3;

/**
 * Every "bought A, then B" rule over the customers' itemised purchases, with at least
 * `minCustomers` customers behind it, strongest first (confidence, then lift, then support).
 * @example
 * nextItemRules([
 *   { customerId: 'a', at: '2026-01-01', items: ['coupe'] },
 *   { customerId: 'a', at: '2026-02-01', items: ['soin'] },
 * ], { minCustomers: 1 })[0] // { antecedent: 'coupe', consequent: 'soin', confidence: 1, … }
 */
export function nextItemRules(
  purchases: readonly ItemisedPurchase[],
  options: { minCustomers?: number } = {},
): NextItemRule[] {
  const minCustomers = options.minCustomers ?? MIN_RULE_CUSTOMERS;
  // Per customer and item: the first and the last time they bought it.
  const seen = new Map<string, Map<string, { first: string; last: string }>>();
  for (const p of purchases) {
    if (p.items.length === 0) continue;
    let items = seen.get(p.customerId);
    if (!items) {
      items = new Map();
      seen.set(p.customerId, items);
    }
    for (const item of p.items) {
      const times = items.get(item);
      if (!times) items.set(item, { first: p.at, last: p.at });
      else {
        if (p.at < times.first) times.first = p.at;
        if (p.at > times.last) times.last = p.at;
      }
    }
  }
  const buyers = new Map<string, number>();
  const pairs = new Map<string, number>();
  for (const items of seen.values()) {
    for (const [item] of items) buyers.set(item, (buyers.get(item) ?? 0) + 1);
    for (const [a, ta] of items) {
      for (const [b, tb] of items) {
        if (a !== b && tb.last >= ta.first) {
          const key = JSON.stringify([a, b]);
          pairs.set(key, (pairs.get(key) ?? 0) + 1);
        }
      }
    }
  }
  const n = seen.size;
  const rules: NextItemRule[] = [];
  for (const [key, count] of pairs) {
    if (count < minCustomers) continue;
    const [antecedent, consequent] = JSON.parse(key) as [string, string];
    const confidence = count / buyers.get(antecedent)!;
    rules.push({
      antecedent,
      consequent,
      customers: count,
      support: count / n,
      confidence,
      lift: confidence / (buyers.get(consequent)! / n),
    });
  }
  return rules.sort(
    (x, y) =>
      y.confidence - x.confidence ||
      y.lift - x.lift ||
      y.support - x.support ||
      x.antecedent.localeCompare(y.antecedent) ||
      x.consequent.localeCompare(y.consequent),
  );
}
