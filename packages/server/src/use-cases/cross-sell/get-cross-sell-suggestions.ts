import { suggestNextItems } from '@habitue/analytics';
import { withMerchant } from '../../db/tenant.ts';
import { notFound } from '../../errors/app-error.ts';
import { listItemisedPurchases } from '../../repositories/cross-sell.ts';
import { findCustomer } from '../../repositories/customers.ts';
import type { MerchantScope } from '../scope.ts';
import { boughtByCustomer } from './mine-shop-rules.ts';
import { readShopRules, shopRulesFrom } from './shop-next-item-rules.ts';

/**
 * "À proposer": what customers who bought what this customer bought usually buy next. The
 * customer, their receipts and the shop's stored rules are read in one transaction; the rules
 * are mined after it only when none are stored for the shop's data as it is.
 */
export async function getCrossSellSuggestions(
  scope: Pick<MerchantScope, 'db' | 'merchantId' | 'now'>,
  customerId: string,
) {
  const { bought, read } = await withMerchant(scope.db, scope.merchantId, async (tx) => {
    if (!(await findCustomer(tx, scope.merchantId, customerId))) throw notFound('Customer');
    const rows = await listItemisedPurchases(tx, scope.merchantId, customerId);
    return {
      bought: boughtByCustomer(rows).get(customerId) ?? new Set<string>(),
      read: await readShopRules(tx, scope.merchantId),
    };
  });
  const shop = await shopRulesFrom(scope.db, scope.merchantId, read, scope.now);
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
