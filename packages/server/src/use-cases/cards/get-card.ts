import { withMerchant } from '../../db/tenant.ts';
import { loadState, resolveCustomer } from '../loyalty/loyalty-state.ts';
import type { MerchantScope } from '../scope.ts';
import { loadTierPresentation } from '../tiers/tier-standing.ts';
import { cardView } from './card-view.ts';

/** The customer's card as staff and integrations see it. */
export function getCard(
  scope: Pick<MerchantScope, 'db' | 'merchantId' | 'now'>,
  customerId: string,
) {
  return withMerchant(scope.db, scope.merchantId, async (tx) => {
    const customer = await resolveCustomer(tx, scope.merchantId, { customerId });
    const [state, tier] = await Promise.all([
      loadState(tx, scope.merchantId, customer.id),
      loadTierPresentation(tx, scope.merchantId, customer, scope.now),
    ]);
    return { customer, programs: cardView(state, scope.now), ...tier };
  });
}
