import type { Purchase } from '../clv/purchase.ts';
import { type Period, type PurchaseActivity, purchaseActivity } from './activity.ts';

export interface GroupActivity extends PurchaseActivity {
  readonly group: string;
}

/**
 * Frequency and average order value per group of customers — members vs non-members, or any other
 * labelling (`groupOf` may return 'member' / 'non-member', a tier, a channel…). Groups are sorted
 * by label so the output is stable.
 *
 * @example
 * activityByGroup(purchases, { start, end, groupOf: (id) => (members.has(id) ? 'member' : 'non-member') });
 * // [{ group: 'member', purchasesPerCustomer: 4.2, averageOrderValueCents: 820, … },
 * //  { group: 'non-member', purchasesPerCustomer: 1.6, averageOrderValueCents: 710, … }]
 */
export function activityByGroup(
  purchases: readonly Purchase[],
  options: Period & { readonly groupOf: (customerId: string) => string },
): GroupActivity[] {
  const byGroup = new Map<string, Purchase[]>();
  for (const purchase of purchases) {
    const group = options.groupOf(purchase.customerId);
    const list = byGroup.get(group);
    if (list) list.push(purchase);
    else byGroup.set(group, [purchase]);
  }
  return [...byGroup.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([group, own]) => ({ group, ...purchaseActivity(own, options) }));
}
