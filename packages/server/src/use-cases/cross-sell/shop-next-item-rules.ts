import { type ItemisedPurchase, type NextItemRule, nextItemRules } from '@habitue/analytics';
import type { Tx } from '../../db/tenant.ts';
import { analyticsDataVersion } from '../../repositories/analytics-history.ts';
import { listItemisedPurchases } from '../../repositories/cross-sell.ts';

/** A shop's "bought A, then B" rules and what each customer bought, with the items' names. */
export type ShopRules = {
  rules: NextItemRule[];
  /** Item key → the name on its latest receipt. */
  names: Map<string, string>;
  /** Customer id → the item keys they bought. */
  bought: Map<string, Set<string>>;
};

/** An item is known by its SKU, or by its name when the till sent none. */
const keyOf = (item: { sku?: string; name?: string }) =>
  (item.sku?.trim() || item.name?.trim() || '').slice(0, 200);

/**
 * The last rules per merchant, with the data version they were derived from. A receipt's items
 * never change once recorded, so the rules stand until a purchase, a refund or a customer is
 * added — the customer page asks on every visit, and mining a large shop takes seconds.
 */
const lastRules = new Map<string, { version: string; shop: ShopRules }>();

/** The shop's next-item rules: the last ones while the data are unchanged, else derived again. */
export async function shopNextItemRules(tx: Tx, merchantId: string): Promise<ShopRules> {
  const { version } = await analyticsDataVersion(tx, merchantId);
  const last = lastRules.get(merchantId);
  if (last?.version === version) return last.shop;
  const shop = await deriveShopRules(tx, merchantId);
  lastRules.set(merchantId, { version, shop });
  return shop;
}

/** Reads the shop's itemised purchases and derives its next-item rules. */
async function deriveShopRules(tx: Tx, merchantId: string): Promise<ShopRules> {
  const rows = await listItemisedPurchases(tx, merchantId);
  rows.sort((a, b) => new Date(a.occurred_at).getTime() - new Date(b.occurred_at).getTime());
  const names = new Map<string, string>();
  const bought = new Map<string, Set<string>>();
  const purchases: ItemisedPurchase[] = rows.map((r) => {
    const keys = new Set<string>();
    for (const item of r.items) {
      const key = keyOf(item);
      if (!key) continue;
      keys.add(key);
      names.set(key, item.name?.trim() || key);
    }
    const mine = bought.get(r.customer_id) ?? new Set<string>();
    for (const k of keys) mine.add(k);
    bought.set(r.customer_id, mine);
    return {
      customerId: r.customer_id,
      at: new Date(r.occurred_at).toISOString(),
      items: [...keys],
    };
  });
  return { rules: nextItemRules(purchases), names, bought };
}
