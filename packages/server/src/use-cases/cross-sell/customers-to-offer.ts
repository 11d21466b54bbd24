import { suggestNextItems } from '@habitue/analytics';
import type { Tx } from '../../db/tenant.ts';
import { shopNextItemRules } from './shop-next-item-rules.ts';

/**
 * The customers to whom `item` is one of the things "à proposer" (a campaign's `crossSellItem`
 * segment): they never bought it, and it usually follows what they bought.
 * @example await customersToOffer(tx, merchantId, 'SOIN-01') // Set { '0193…', … }
 */
export async function customersToOffer(tx: Tx, merchantId: string, item: string) {
  const shop = await shopNextItemRules(tx, merchantId);
  const chosen = new Set<string>();
  for (const [customerId, bought] of shop.bought) {
    if (suggestNextItems(bought, shop.rules).some((s) => s.item === item)) chosen.add(customerId);
  }
  return chosen;
}
