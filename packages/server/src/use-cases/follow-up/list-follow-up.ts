import type { FollowUpStatus } from '../../db/schema.ts';
import { withMerchant } from '../../db/tenant.ts';
import { type FollowUpItemRow, listFollowUpItems } from '../../repositories/follow-up-items.ts';
import { loadCustomerMetrics } from '../analytics/load-customer-metrics.ts';
import type { MerchantScope } from '../scope.ts';
import { type CustomerPriority, customerPriorities } from './follow-up-priority.ts';

/** Done items stay on the list for a week, with their outcome, so the team sees what was done. */
const DONE_SHOWN_DAYS = 7;
const MAX_ITEMS = 500;

export type FollowUpListEntry = FollowUpItemRow & { priority: CustomerPriority | null };

/**
 * The follow-up list: open items first, the customers with the highest priority score at the
 * top (those the analytics know nothing of yet after them, newest first), then what was done
 * in the last 7 days, most recent first.
 */
export async function listFollowUp(
  scope: MerchantScope,
  options: { status: FollowUpStatus | 'all' },
): Promise<FollowUpListEntry[]> {
  const { db, merchantId, now } = scope;
  const doneSince = new Date(now.getTime() - DONE_SHOWN_DAYS * 86_400_000);
  const [rows, metrics] = await Promise.all([
    withMerchant(db, merchantId, (tx) =>
      listFollowUpItems(tx, merchantId, { status: options.status, doneSince, limit: MAX_ITEMS }),
    ),
    loadCustomerMetrics(scope),
  ]);
  const priorities = customerPriorities(metrics);
  const entries = rows.map((row) => ({
    ...row,
    priority: priorities.get(row.customer_id) ?? null,
  }));
  return entries.sort(byListOrder);
}

function byListOrder(a: FollowUpListEntry, b: FollowUpListEntry): number {
  if (a.status !== b.status) return a.status === 'open' ? -1 : 1;
  if (a.status === 'done') return b.done_at!.getTime() - a.done_at!.getTime();
  const score = (b.priority?.score ?? -1) - (a.priority?.score ?? -1);
  return score !== 0 ? score : b.created_at.getTime() - a.created_at.getTime();
}
