import type { Tx } from '../../db/tenant.ts';
import { merchantTimeZone } from '../../repositories/analytics-history.ts';
import { loadCustomerMetrics } from '../analytics/load-customer-metrics.ts';
import { localDay } from '../analytics/local-day.ts';
import type { MerchantScope } from '../scope.ts';
import { addFollowUpItem } from './add-follow-up-item.ts';
import { customerPriorities } from './follow-up-priority.ts';
import { weekStart } from './follow-up-week.ts';
import { FOLLOW_UP_REASONS } from './reasons/index.ts';

/** A week's list is for people to act on: at most this many new items per reason, best first. */
export const WEEKLY_ITEMS_PER_REASON = 15;

/**
 * Looks for this week's reasons to call (every reason with a `find`) and adds what is new, the
 * customers with the highest priority score first, up to the weekly allowance per reason.
 * Occasions already on the list (open or done) add nothing, so it can run every day.
 */
export async function planFollowUpWeek(
  tx: Tx,
  scope: Pick<MerchantScope, 'db' | 'merchantId' | 'now'>,
): Promise<{ added: number }> {
  const { merchantId, now } = scope;
  const metrics = await loadCustomerMetrics(scope);
  const timeZone = await merchantTimeZone(tx, merchantId);
  const today = localDay(now, timeZone);
  const week = { tx, merchantId, now, timeZone, weekStartDay: weekStart(today), today, metrics };
  const priority = customerPriorities(metrics);
  const system = { merchantId, now, actor: { type: 'system' as const, id: null } };
  let added = 0;
  for (const reason of FOLLOW_UP_REASONS) {
    if (!('find' in reason) || !reason.find) continue;
    const candidates = await reason.find(week);
    candidates.sort(
      (a, b) =>
        (priority.get(b.customerId)?.score ?? -1) - (priority.get(a.customerId)?.score ?? -1),
    );
    let kept = 0;
    for (const candidate of candidates) {
      if (kept >= WEEKLY_ITEMS_PER_REASON) break;
      const id = await addFollowUpItem(tx, system, { reason: reason.id, ...candidate });
      // An occasion already listed still counts: the allowance is the week's, not the run's.
      kept += 1;
      if (id) added += 1;
    }
  }
  return { added };
}
