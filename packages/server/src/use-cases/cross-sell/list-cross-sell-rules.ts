import type { MerchantScope } from '../scope.ts';
import { shopNextItemRules } from './shop-next-item-rules.ts';

/** The shop's strongest "bought A, then B" rules (those that follow more than chance). */
export async function listCrossSellRules(
  scope: Pick<MerchantScope, 'db' | 'merchantId' | 'now'>,
  input: { limit: number },
) {
  const shop = await shopNextItemRules(scope.db, scope.merchantId, scope.now);
  const name = (key: string) => shop.names.get(key) ?? key;
  return {
    customersWithItems: shop.customersWithItems,
    rules: shop.rules.slice(0, input.limit).map((r) => ({
      ...r,
      antecedentName: name(r.antecedent),
      consequentName: name(r.consequent),
    })),
  };
}
