import { suggestNextItems } from '@habitue/analytics';
import { withMerchant } from '../../db/tenant.ts';
import { notFound } from '../../errors/app-error.ts';
import { listItemisedPurchases } from '../../repositories/cross-sell.ts';
import { findCustomer } from '../../repositories/customers.ts';
import type { MerchantScope } from '../scope.ts';
import { boughtByCustomer } from './mine-shop-rules.ts';
import { shopNextItemRules } from './shop-next-item-rules.ts';

/** "À proposer": what customers who bought what this customer bought usually buy next. */
export async function getCrossSellSuggestions(
  scope: Pick<MerchantScope, 'db' | 'merchantId' | 'now'>,
  customerId: string,
) {
  const bought = await withMerchant(scope.db, scope.merchantId, async (tx) => {
    if (!(await findCustomer(tx, scope.merchantId, customerId))) throw notFound('Customer');
    const rows = await listItemisedPurchases(tx, scope.merchantId, customerId);
    return boughtByCustomer(rows).get(customerId) ?? new Set<string>();
  });
  const shop = await shopNextItemRules(scope.db, scope.merchantId, scope.now);
  const name = (key: string) => shop.names.get(key) ?? key;
  return {
    items: suggestNextItems(bought, shop.rules).map((s) => ({
      item: s.item,
      name: name(s.item),
      because: s.because,
      becauseName: name(s.because),
      confidence: s.confidence,
      lift: s.lift,
      customers: s.customers,
    })),
  };
}
