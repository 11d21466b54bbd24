import { withMerchant } from '../../db/tenant.ts';
import { notFound } from '../../errors/app-error.ts';
import { listTags } from '../../repositories/customer-tags.ts';
import { findCustomer } from '../../repositories/customers.ts';
import type { MerchantScope } from '../scope.ts';

/** A customer's tags, alphabetically. */
export function listCustomerTags(
  scope: Pick<MerchantScope, 'db' | 'merchantId'>,
  customerId: string,
) {
  return withMerchant(scope.db, scope.merchantId, async (tx) => {
    if (!(await findCustomer(tx, scope.merchantId, customerId))) throw notFound('Customer');
    return listTags(tx, scope.merchantId, customerId);
  });
}
