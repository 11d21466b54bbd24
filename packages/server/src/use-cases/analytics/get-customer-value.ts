import { withMerchant } from '../../db/tenant.ts';
import { notFound } from '../../errors/app-error.ts';
import { findCustomer } from '../../repositories/customers.ts';
import type { MerchantScope } from '../scope.ts';
import { type CustomerValue, customerValue } from './customer-value-row.ts';
import { type Freshness, freshness } from './freshness.ts';
import { loadCustomerMetrics } from './load-customer-metrics.ts';

/** One customer's value figures; another merchant's customer is simply not found. */
export async function getCustomerValue(
  scope: Pick<MerchantScope, 'db' | 'merchantId' | 'now'>,
  id: string,
): Promise<{ customer: CustomerValue; freshness: Freshness }> {
  const m = await loadCustomerMetrics(scope);
  const c = m.indexOf.get(id);
  if (c === undefined) {
    // Not among the analysed customers: a merged duplicate's id is refused as such.
    await withMerchant(scope.db, scope.merchantId, (tx) => findCustomer(tx, scope.merchantId, id));
    throw notFound('Customer');
  }
  return { customer: customerValue(m, c), freshness: freshness(m) };
}
