import { withMerchant } from '../../db/tenant.ts';
import { notFound } from '../../errors/app-error.ts';
import { currentConsents } from '../../repositories/consents.ts';
import { findCustomer } from '../../repositories/customers.ts';
import type { MerchantScope } from '../scope.ts';

/** One customer with their current consent per channel. */
export function getCustomer(scope: Pick<MerchantScope, 'db' | 'merchantId'>, id: string) {
  return withMerchant(scope.db, scope.merchantId, async (tx) => {
    const row = await findCustomer(tx, scope.merchantId, id);
    if (!row) throw notFound('Customer');
    const consents = await currentConsents(tx, scope.merchantId, id);
    return { row, consents };
  });
}
