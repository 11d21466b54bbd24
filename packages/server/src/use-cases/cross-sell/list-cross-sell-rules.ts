import { withMerchant } from '../../db/tenant.ts';
import type { MerchantScope } from '../scope.ts';
import { shopNextItemRules } from './shop-next-item-rules.ts';

/** The shop's strongest "bought A, then B" rules (those that follow more than chance). */
export function listCrossSellRules(
  scope: Pick<MerchantScope, 'db' | 'merchantId'>,
  input: { limit: number },
) {
  return withMerchant(scope.db, scope.merchantId, async (tx) => {
    const shop = await shopNextItemRules(tx, scope.merchantId);
    const name = (key: string) => shop.names.get(key) ?? key;
    return {
      customersWithItems: shop.bought.size,
      rules: shop.rules
        .filter((r) => r.lift > 1)
        .slice(0, input.limit)
        .map((r) => ({
          ...r,
          antecedentName: name(r.antecedent),
          consequentName: name(r.consequent),
        })),
    };
  });
}
