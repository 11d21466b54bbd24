import { suggestNextItems } from '@habitue/analytics';
import type { Tx } from '../../db/tenant.ts';
import { listItemisedPurchases } from '../../repositories/cross-sell.ts';
import { boughtByCustomer, mineShopRules } from './mine-shop-rules.ts';
import { currentStoredRules } from './shop-next-item-rules.ts';

/**
 * The customers to whom `item` is one of the things "à proposer" (a campaign's `crossSellItem`
 * segment): they never bought it, and it usually follows what they bought. The shop's stored
 * rules when they are its data's as it is now (the customer pages and the rules list keep them
 * so), else mined here from the receipts this reads anyway for what each customer bought.
 * @example await customersToOffer(tx, merchantId, 'SOIN-01') // Set { '0193…', … }
 */
export async function customersToOffer(tx: Tx, merchantId: string, item: string) {
  const rows = await listItemisedPurchases(tx, merchantId);
  const shop = (await currentStoredRules(tx, merchantId)) ?? mineShopRules(rows);
  const chosen = new Set<string>();
  for (const [customerId, bought] of boughtByCustomer(rows)) {
    if (suggestNextItems(bought, shop.rules).some((s) => s.item === item)) chosen.add(customerId);
  }
  return chosen;
}
