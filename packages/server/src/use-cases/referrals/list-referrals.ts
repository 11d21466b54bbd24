import { withMerchant } from '../../db/tenant.ts';
import { countShopReferrals, listShopReferrals } from '../../repositories/referrals.ts';
import type { MerchantScope } from '../scope.ts';

const iso = (d: Date | null) => d?.toISOString() ?? null;

/** Customers who came through a referral (the acquisition source), newest first, with counts. */
export function listReferrals(scope: Pick<MerchantScope, 'db' | 'merchantId'>, limit: number) {
  return withMerchant(scope.db, scope.merchantId, async (tx) => {
    const [counts, rows] = await Promise.all([
      countShopReferrals(tx, scope.merchantId),
      listShopReferrals(tx, scope.merchantId, limit),
    ]);
    return {
      ...counts,
      items: rows.map((r) => ({
        referee: { id: r.refereeId, firstName: r.refereeFirstName, lastName: r.refereeLastName },
        referrer: {
          id: r.referrerId,
          firstName: r.referrerFirstName,
          lastName: r.referrerLastName,
        },
        referredAt: r.created_at.toISOString(),
        rewardedAt: iso(r.rewarded_at),
        takenBackAt: iso(r.taken_back_at),
        bonus:
          r.bonusUnit === null
            ? null
            : {
                unit: r.bonusUnit as 'points' | 'stamps',
                referrer: Number(r.referrerBonus),
                referee: Number(r.refereeBonus),
              },
      })),
    };
  });
}
