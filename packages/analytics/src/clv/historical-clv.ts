import { groupByCustomer, type Purchase } from './purchase.ts';

/**
 * How margin is derived from revenue: a gross-margin rate (a bakery's ~0.6), or a cost per
 * transaction (a car wash's water, product and labour per wash).
 */
export type MarginRule =
  | { readonly kind: 'rate'; readonly rate: number }
  | { readonly kind: 'costPerTransaction'; readonly costCents: number };

export interface HistoricalClv {
  readonly customerId: string;
  readonly purchases: number;
  readonly revenueCents: number;
  readonly marginCents: number;
  readonly firstPurchaseAt: number;
  readonly lastPurchaseAt: number;
}

/**
 * Value each customer has brought so far: revenue and margin of their purchases made strictly
 * before `asOf`. Backward-looking — what the customer *has* been worth, not what they will be.
 *
 * Sorted by revenue, highest first; ties by customer id so the list is stable.
 *
 * @example
 * historicalClv(
 *   [{ customerId: 'a', at: 0, amountCents: 1_000 }, { customerId: 'a', at: 5, amountCents: 500 }],
 *   { asOf: 10, margin: { kind: 'rate', rate: 0.4 } },
 * );
 * // [{ customerId: 'a', purchases: 2, revenueCents: 1_500, marginCents: 600, firstPurchaseAt: 0, lastPurchaseAt: 5 }]
 */
export function historicalClv(
  purchases: readonly Purchase[],
  options: { readonly asOf: number; readonly margin: MarginRule },
): HistoricalClv[] {
  const before = purchases.filter((purchase) => purchase.at < options.asOf);
  const result: HistoricalClv[] = [];
  for (const [customerId, own] of groupByCustomer(before)) {
    const revenueCents = own.reduce((sum, purchase) => sum + purchase.amountCents, 0);
    // A loop rather than Math.min(...times): a café regular can have thousands of purchases.
    let firstPurchaseAt = Number.POSITIVE_INFINITY;
    let lastPurchaseAt = Number.NEGATIVE_INFINITY;
    for (const { at } of own) {
      firstPurchaseAt = Math.min(firstPurchaseAt, at);
      lastPurchaseAt = Math.max(lastPurchaseAt, at);
    }
    result.push({
      customerId,
      purchases: own.length,
      revenueCents,
      marginCents: marginOf(revenueCents, own.length, options.margin),
      firstPurchaseAt,
      lastPurchaseAt,
    });
  }
  return result.sort(
    (a, b) => b.revenueCents - a.revenueCents || a.customerId.localeCompare(b.customerId),
  );
}

/**
 * Margin in cents, rounded to the nearest cent.
 *
 * @example
 * marginOf(10_000, 4, { kind: 'rate', rate: 0.6 }); // 6_000
 * marginOf(10_000, 4, { kind: 'costPerTransaction', costCents: 300 }); // 8_800
 */
export function marginOf(revenueCents: number, transactions: number, rule: MarginRule): number {
  switch (rule.kind) {
    case 'rate':
      return Math.round(revenueCents * rule.rate);
    case 'costPerTransaction':
      return revenueCents - transactions * rule.costCents;
    default: {
      const unknown: never = rule;
      throw new TypeError(`unknown margin rule ${JSON.stringify(unknown)}`);
    }
  }
}
