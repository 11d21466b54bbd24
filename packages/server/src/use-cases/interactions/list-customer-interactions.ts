import { withMerchant } from '../../db/tenant.ts';
import { notFound } from '../../errors/app-error.ts';
import { findCustomer } from '../../repositories/customers.ts';
import { listInteractions } from '../../repositories/interactions.ts';
import type { MerchantScope } from '../scope.ts';

/** A customer's interactions, most recent first (the portrait's "Échanges"). */
export function listCustomerInteractions(
  scope: Pick<MerchantScope, 'db' | 'merchantId'>,
  customerId: string,
  options: { limit: number; ids?: readonly string[] },
) {
  return withMerchant(scope.db, scope.merchantId, async (tx) => {
    if (!(await findCustomer(tx, scope.merchantId, customerId))) throw notFound('Customer');
    return listInteractions(tx, scope.merchantId, customerId, options);
  });
}
