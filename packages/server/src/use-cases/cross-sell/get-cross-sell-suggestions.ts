import { suggestNextItems } from '@habitue/analytics';
import { withMerchant } from '../../db/tenant.ts';
import { notFound } from '../../errors/app-error.ts';
import { findCustomer } from '../../repositories/customers.ts';
import type { MerchantScope } from '../scope.ts';
import { shopNextItemRules } from './shop-next-item-rules.ts';

/** "À proposer": what customers who bought what this customer bought usually buy next. */
export function getCrossSellSuggestions(
  scope: Pick<MerchantScope, 'db' | 'merchantId'>,
  customerId: string,
) {
  return withMerchant(scope.db, scope.merchantId, async (tx) => {
    if (!(await findCustomer(tx, scope.merchantId, customerId))) throw notFound('Customer');
    const shop = await shopNextItemRules(tx, scope.merchantId);
    const name = (key: string) => shop.names.get(key) ?? key;
    return {
      items: suggestNextItems(shop.bought.get(customerId) ?? [], shop.rules).map((s) => ({
        item: s.item,
        name: name(s.item),
        because: s.because,
        becauseName: name(s.because),
        confidence: s.confidence,
        lift: s.lift,
        customers: s.customers,
      })),
    };
  });
}
