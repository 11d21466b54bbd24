import { withMerchant } from '../../db/tenant.ts';
import {
  describeForMerge,
  findCustomerRows,
  findDuplicatePairs,
} from '../../repositories/customer-merges.ts';
import type { MerchantScope } from '../scope.ts';
import { presentCustomer } from './present-customer.ts';

/** How many pairs the list shows at most: the newest first, merged ones drop out. */
export const DUPLICATES_SHOWN = 100;

/**
 * Customers who look like one person (same email, same phone, or same name and birthday), in
 * pairs with the reasons and, for each, what a merge would combine: purchases, spend, notes,
 * interactions, tags, open vouchers and balances. The older customer comes first.
 */
export function listDuplicateCustomers(
  scope: Pick<MerchantScope, 'db' | 'merchantId'>,
  publicUrl: string,
) {
  return withMerchant(scope.db, scope.merchantId, async (tx) => {
    const pairs = await findDuplicatePairs(tx, scope.merchantId, DUPLICATES_SHOWN);
    const ids = [...new Set(pairs.flatMap((p) => [p.first_id, p.second_id]))];
    if (ids.length === 0) return { items: [] };
    const [rows, figures] = await Promise.all([
      findCustomerRows(tx, scope.merchantId, ids),
      describeForMerge(tx, scope.merchantId, ids),
    ]);
    type CandidateView = ReturnType<typeof view>;
    const view = (id: string) => {
      const row = rows.find((r) => r.id === id)!;
      const f = figures.find((x) => x.id === id)!;
      return {
        ...presentCustomer(row, publicUrl),
        purchases: f.purchases,
        spentCents: f.spent_cents,
        notes: f.notes,
        interactions: f.interactions,
        tags: f.tags,
        openVouchers: f.open_vouchers,
        balances: f.balances,
      };
    };
    return {
      items: pairs.map((p) => ({
        reasons: p.reasons,
        customers: [view(p.first_id), view(p.second_id)] as [CandidateView, CandidateView],
      })),
    };
  });
}
