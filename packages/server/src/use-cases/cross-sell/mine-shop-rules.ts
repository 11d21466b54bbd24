import { type ItemisedPurchase, type NextItemRule, nextItemRules } from '@habitue/analytics';
import type { ItemisedPurchaseRow } from '../../repositories/cross-sell.ts';

/** A shop's "bought A, then B" rules, with the items' names. */
export type ShopRules = {
  /** The rules that follow more often than chance (lift > 1), strongest first. */
  rules: NextItemRule[];
  /** Item key → the name on its latest receipt. */
  names: Map<string, string>;
  /** Customers with at least one itemised purchase. */
  customersWithItems: number;
};

/** An item is known by its SKU, or by its name when the till sent none. */
const keyOf = (item: { sku?: string; name?: string }) =>
  (item.sku?.trim() || item.name?.trim() || '').slice(0, 200);

/** The item keys on one receipt. */
const keysOf = (row: ItemisedPurchaseRow) => {
  const keys = new Set<string>();
  for (const item of row.items) {
    const key = keyOf(item);
    if (key) keys.add(key);
  }
  return keys;
};

/** Customer id → the item keys they bought. */
export function boughtByCustomer(rows: readonly ItemisedPurchaseRow[]): Map<string, Set<string>> {
  const bought = new Map<string, Set<string>>();
  for (const row of rows) {
    const mine = bought.get(row.customer_id) ?? new Set<string>();
    for (const key of keysOf(row)) mine.add(key);
    bought.set(row.customer_id, mine);
  }
  return bought;
}

/**
 * Mines the shop's next-item rules from its itemised purchases (any order). Only the rules
 * that follow more often than chance are kept: they are the only ones offered or listed
 * (`suggestNextItems`), and a large shop has tens of thousands of the others.
 */
export function mineShopRules(rows: readonly ItemisedPurchaseRow[]): ShopRules {
  const sorted = [...rows].sort(
    (a, b) => new Date(a.occurred_at).getTime() - new Date(b.occurred_at).getTime(),
  );
  const names = new Map<string, string>();
  const customers = new Set<string>();
  const purchases: ItemisedPurchase[] = sorted.map((row) => {
    for (const item of row.items) {
      const key = keyOf(item);
      if (key) names.set(key, item.name?.trim() || key);
    }
    customers.add(row.customer_id);
    return {
      customerId: row.customer_id,
      at: new Date(row.occurred_at).toISOString(),
      items: [...keysOf(row)],
    };
  });
  return {
    rules: nextItemRules(purchases).filter((r) => r.lift > 1),
    names,
    customersWithItems: customers.size,
  };
}
