import { withMerchant } from '../../db/tenant.ts';
import { searchCustomers as search } from '../../repositories/customers.ts';
import type { MerchantScope } from '../scope.ts';
import { phoneSearchDigits } from './contact.ts';

/**
 * Finds customers by name, email, phone or card token, newest first, one page at a time.
 * Returns the cursor for the next page when there may be one.
 */
export async function searchCustomers(
  scope: Pick<MerchantScope, 'db' | 'merchantId'>,
  input: { query?: string; limit: number; after?: string },
) {
  const rows = await withMerchant(scope.db, scope.merchantId, (tx) =>
    search(tx, scope.merchantId, {
      ...(input.query ? { query: input.query, phoneDigits: phoneSearchDigits(input.query) } : {}),
      limit: input.limit + 1,
      ...(input.after ? { after: input.after } : {}),
    }),
  );
  const page = rows.slice(0, input.limit);
  return { rows: page, nextCursor: rows.length > input.limit ? (page.at(-1)?.id ?? null) : null };
}
