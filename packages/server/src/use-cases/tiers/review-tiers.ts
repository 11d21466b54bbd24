import type { Tx } from '../../db/tenant.ts';
import { findTierSetting, listMembersAfter, loadTierActivities } from '../../repositories/tiers.ts';
import type { MerchantScope } from '../scope.ts';
import { settleTier } from './settle-tier.ts';
import { standingOf } from './tier-standing.ts';

const PAGE = 500;

/**
 * The daily review: levels that change without a purchase — seniority reached (the inner
 * circle), a period's review lowering a level after its grace, purchases leaving the window —
 * are recorded and announced (`tier.changed`) in the job's transaction. Members seen for the
 * first time (a ladder just set up) are recorded without an announcement.
 */
export async function reviewTiers(
  tx: Tx,
  scope: Pick<MerchantScope, 'merchantId' | 'now'>,
): Promise<{ members: number; changed: number }> {
  const setting = await findTierSetting(tx, scope.merchantId);
  if (!setting) return { members: 0, changed: 0 };
  let members = 0;
  let changed = 0;
  let after: string | null = null;
  for (;;) {
    const page = await listMembersAfter(tx, scope.merchantId, after, PAGE);
    if (page.length === 0) break;
    const activities = await loadTierActivities(
      tx,
      scope.merchantId,
      page.map((m) => ({ id: m.id, memberSince: m.member_since as Date })),
    );
    for (const [customerId, activity] of activities) {
      const standing = standingOf(setting, activity, scope.now);
      if (await settleTier(tx, scope, { setting, customerId, standing, cause: 'review' })) {
        changed += 1;
      }
    }
    members += page.length;
    after = page.at(-1)?.id ?? null;
  }
  return { members, changed };
}
