import { membershipCard } from '@habitue/loyalty';
import { withMerchant } from '../../db/tenant.ts';
import { notFound } from '../../errors/app-error.ts';
import { loadClubEvents } from '../../repositories/club.ts';
import { findCustomer } from '../../repositories/customers.ts';
import type { MerchantScope } from '../scope.ts';
import { loadMembership } from './load-membership.ts';

/**
 * A customer's club membership (what the counter and the customer page show) and the fees they
 * paid, newest first; `club: null` when the shop has no club.
 */
export function getCustomerClub(scope: MerchantScope, customerId: string) {
  return withMerchant(scope.db, scope.merchantId, async (tx) => {
    if (!(await findCustomer(tx, scope.merchantId, customerId))) throw notFound('Customer');
    const loaded = await loadMembership(tx, scope.merchantId, customerId, scope.now);
    if (!loaded) return { club: null, membership: null, payments: [] };
    const events = await loadClubEvents(tx, scope.merchantId, [customerId]);
    return {
      club: {
        name: loaded.settings.name,
        feeCents: loaded.settings.feeCents,
        period: loaded.settings.period,
        perks: loaded.settings.perks,
        active: loaded.active,
      },
      membership: membershipCard(loaded.membership, loaded.settings, loaded.timeZone),
      payments: events
        .filter((e) => e.event.kind === 'payment')
        .reverse()
        .map((e) => ({
          id: e.id,
          at: e.event.at.toISOString(),
          amountCents: e.amountCents ?? 0,
          method: e.method ?? 'other',
        })),
    };
  });
}
