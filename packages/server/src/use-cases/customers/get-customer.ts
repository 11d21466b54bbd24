import { withMerchant } from '../../db/tenant.ts';
import { notFound } from '../../errors/app-error.ts';
import { currentConsents } from '../../repositories/consents.ts';
import { findCustomer } from '../../repositories/customers.ts';
import type { MerchantScope } from '../scope.ts';
import { loadTierPresentation } from '../tiers/tier-standing.ts';

/** One customer with their current consent per channel. */
export function getCustomer(scope: Pick<MerchantScope, 'db' | 'merchantId' | 'now'>, id: string) {
  return withMerchant(scope.db, scope.merchantId, async (tx) => {
    const row = await findCustomer(tx, scope.merchantId, id);
    if (!row) throw notFound('Customer');
    const [consents, tier] = await Promise.all([
      currentConsents(tx, scope.merchantId, id),
      loadTierPresentation(tx, scope.merchantId, row, scope.now),
    ]);
    return { row, consents, tier };
  });
}
