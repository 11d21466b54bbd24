import { type MembershipState, membershipCard, renewalReminderDue } from '@habitue/loyalty';
import { withMerchant } from '../../db/tenant.ts';
import { merchantTimeZone } from '../../repositories/analytics-history.ts';
import { customerNames } from '../../repositories/club.ts';
import type { MerchantScope } from '../scope.ts';
import { shopMemberships } from './club-memberships.ts';

/**
 * The club's members and former members, soonest renewal first, with what each paid in all.
 * `state` keeps one state; `lapsingWithinDays` keeps memberships to renew within that many days.
 */
export function listClubMembers(
  scope: MerchantScope,
  filter: { state?: MembershipState | undefined; lapsingWithinDays?: number | undefined },
) {
  return withMerchant(scope.db, scope.merchantId, async (tx) => {
    const shop = await shopMemberships(tx, scope.merchantId, scope.now);
    if (!shop) return { items: [] };
    const timeZone = await merchantTimeZone(tx, scope.merchantId);
    const kept = shop.members
      .filter((m) => filter.state === undefined || m.membership.state === filter.state)
      .filter(
        (m) =>
          filter.lapsingWithinDays === undefined ||
          renewalReminderDue(m.membership, filter.lapsingWithinDays, scope.now),
      )
      .sort(
        (a, b) =>
          (a.membership.current?.paidUntil.getTime() ?? 0) -
          (b.membership.current?.paidUntil.getTime() ?? 0),
      );
    const names = new Map(
      (
        await customerNames(
          tx,
          scope.merchantId,
          kept.map((m) => m.customerId),
        )
      ).map((c) => [c.id, c]),
    );
    return {
      items: kept.map((m) => {
        const c = names.get(m.customerId);
        return {
          customerId: m.customerId,
          firstName: c?.first_name ?? null,
          lastName: c?.last_name ?? null,
          ...membershipCard(m.membership, shop.settings, timeZone),
          paidCents: m.payments.reduce((sum, p) => sum + p.amountCents, 0),
        };
      }),
    };
  });
}
