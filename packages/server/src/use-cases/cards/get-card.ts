import { withMerchant } from '../../db/tenant.ts';
import { notFound } from '../../errors/app-error.ts';
import { findCustomerWithVersion } from '../../repositories/ledger.ts';
import { loadCustomerStanding } from '../../repositories/loyalty-balances.ts';
import { tradeDiscountOnCard } from '../b2b-thresholds/b2b-threshold-offers.ts';
import { programCatalog } from '../loyalty/program-catalog.ts';
import { loadReferralLink } from '../referrals/referral-link.ts';
import type { MerchantScope } from '../scope.ts';
import { loadTierPresentation } from '../tiers/tier-standing.ts';
import { cardView } from './card-view.ts';

/**
 * The customer's card as staff and integrations see it, from the balance snapshots and the
 * merchant's cached programs: its cost does not grow with the customer's history.
 */
export function getCard(
  scope: Pick<MerchantScope, 'db' | 'merchantId' | 'now'>,
  customerId: string,
  publicUrl: string,
) {
  return withMerchant(scope.db, scope.merchantId, async (tx) => {
    const found = await findCustomerWithVersion(tx, scope.merchantId, { customerId });
    if (!found) throw notFound('Customer');
    const { loyalty_version, webhooks_listening: _, ...customer } = found;
    const catalog = await programCatalog(tx, scope.merchantId, loyalty_version);
    const standing = await loadCustomerStanding(tx, scope.merchantId, customer.id);
    const tier = await loadTierPresentation(tx, scope.merchantId, customer, scope.now);
    const referral = await loadReferralLink(tx, scope.merchantId, customer.id, publicUrl);
    const programs = cardView({ ...catalog, ...standing }, scope.now);
    const tradeDiscount = await tradeDiscountOnCard(tx, scope, customer.id);
    return { customer, programs, ...tier, referral, tradeDiscount };
  });
}
