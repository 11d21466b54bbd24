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
  // Items become small integers, so that pairs are counted in a typed array, not by string keys.
  const indexOf = new Map<string, number>();
  const names: string[] = [];
  const itemIndex = (item: string) => {
    let i = indexOf.get(item);
    if (i === undefined) {
      i = names.length;
      indexOf.set(item, i);
      names.push(item);
    }
    return i;
  };
  // Per customer and item: the first and the last time they bought it.
  const seen = new Map<string, Map<number, { first: string; last: string }>>();
  for (const p of purchases) {
    if (p.items.length === 0) continue;
    let items = seen.get(p.customerId);
    if (!items) {
      items = new Map();
      seen.set(p.customerId, items);
    }
    for (const item of p.items) {
      const i = itemIndex(item);
      const times = items.get(i);
      if (!times) items.set(i, { first: p.at, last: p.at });
      else {
        if (p.at < times.first) times.first = p.at;
        if (p.at > times.last) times.last = p.at;
      }
    }
  }
  const k = names.length;
  const buyers = new Int32Array(k);
  const pairs = new PairCounts(k);
  for (const items of seen.values()) {
    const list = [...items];
    for (const [a] of list) buyers[a]! += 1;
    for (const [a, ta] of list) {
      for (const [b, tb] of list) if (a !== b && tb.last >= ta.first) pairs.add(a, b);
    }
  }
  const n = seen.size;
  const rules: NextItemRule[] = [];
  pairs.forEach((a, b, count) => {
    if (count < minCustomers) return;
    const confidence = count / buyers[a]!;
    rules.push({
      antecedent: names[a]!,
      consequent: names[b]!,
      customers: count,
      support: count / n,
      confidence,
      lift: confidence / (buyers[b]! / n),
    });
  });
  return rules.sort(
    (x, y) =>
      y.confidence - x.confidence ||
      y.lift - x.lift ||
      y.support - x.support ||
      x.antecedent.localeCompare(y.antecedent) ||
      x.consequent.localeCompare(y.consequent),
  );
}

/** Pair counts: a k × k typed array while it stays small, a map beyond. */
class PairCounts {
  private readonly dense: Int32Array | null;
  private readonly sparse = new Map<number, number>();

  constructor(private readonly k: number) {
    this.dense = k * k <= 4_000_000 ? new Int32Array(k * k) : null;
  }

  add(a: number, b: number) {
    const key = a * this.k + b;
    if (this.dense) this.dense[key]! += 1;
    else this.sparse.set(key, (this.sparse.get(key) ?? 0) + 1);
  }

  forEach(visit: (a: number, b: number, count: number) => void) {
    if (this.dense) {
      for (let key = 0; key < this.dense.length; key += 1) {
        const count = this.dense[key]!;
        if (count > 0) visit(Math.floor(key / this.k), key % this.k, count);
      }
    } else {
      for (const [key, count] of this.sparse) visit(Math.floor(key / this.k), key % this.k, count);
    }
  }
}
