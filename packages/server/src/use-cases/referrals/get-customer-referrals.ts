import { withMerchant } from '../../db/tenant.ts';
import { notFound } from '../../errors/app-error.ts';
import { findCustomer } from '../../repositories/customers.ts';
import { findReferralOf, listReferredBy } from '../../repositories/referrals.ts';
import type { MerchantScope } from '../scope.ts';
import { loadReferralLink } from './referral-link.ts';

const iso = (d: Date | null) => d?.toISOString() ?? null;

/**
 * The customer page's referral panel: the code and link to share, who brought this customer
 * (their acquisition source) and whom they brought, with where each referral stands.
 */
export function getCustomerReferrals(
  scope: Pick<MerchantScope, 'db' | 'merchantId'>,
  customerId: string,
  publicUrl: string,
) {
  return withMerchant(scope.db, scope.merchantId, async (tx) => {
    const customer = await findCustomer(tx, scope.merchantId, customerId);
    if (!customer) throw notFound('Customer');
    const [referral, by, referred] = await Promise.all([
      loadReferralLink(tx, scope.merchantId, customerId, publicUrl),
      findReferralOf(tx, scope.merchantId, customerId),
      listReferredBy(tx, scope.merchantId, customerId),
    ]);
    const referrer = by && (await findCustomer(tx, scope.merchantId, by.referrer_id));
    return {
      referral,
      referredBy:
        by && referrer
          ? {
              id: referrer.id,
              firstName: referrer.first_name,
              lastName: referrer.last_name,
              referredAt: by.created_at.toISOString(),
              rewardedAt: iso(by.rewarded_at),
              takenBackAt: iso(by.taken_back_at),
            }
          : null,
      referred: referred.map((r) => ({
        id: r.id,
        firstName: r.first_name,
        lastName: r.last_name,
        referredAt: r.created_at.toISOString(),
        rewardedAt: iso(r.rewarded_at),
        takenBackAt: iso(r.taken_back_at),
      })),
    };
  });
}
