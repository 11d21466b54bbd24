import { withMerchant } from '../../db/tenant.ts';
import { notFound } from '../../errors/app-error.ts';
import { listNotes } from '../../repositories/customer-notes.ts';
import { findCustomer } from '../../repositories/customers.ts';
import type { MerchantScope } from '../scope.ts';

/** A customer's notes, newest first, with the cursor of the next page when there may be one. */
export function listCustomerNotes(
  scope: Pick<MerchantScope, 'db' | 'merchantId'>,
  customerId: string,
  page: { limit: number; before?: string },
) {
  return withMerchant(scope.db, scope.merchantId, async (tx) => {
    if (!(await findCustomer(tx, scope.merchantId, customerId))) throw notFound('Customer');
    const rows = await listNotes(tx, scope.merchantId, customerId, {
      ...page,
      limit: page.limit + 1,
    });
    const items = rows.slice(0, page.limit);
    return { items, nextCursor: rows.length > page.limit ? (items.at(-1)?.id ?? null) : null };
  });
}
