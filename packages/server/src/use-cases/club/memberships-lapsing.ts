import { renewalReminderDue } from '@habitue/loyalty';
import type { Tx } from '../../db/tenant.ts';
import { shopMemberships } from './club-memberships.ts';

/**
 * Memberships whose renewal date falls within `withinDays` of `now` (or has passed, within the
 * grace days) and that were not cancelled: whom the renewal reminder is for. With no
 * `withinDays`, the club's own reminder days. Each with the renewal date, so that an occasion
 * can be keyed per membership period (`club-renewal:<customerId>:<renewsAt>`) and sent once.
 */
export async function membershipsLapsing(
  tx: Tx,
  merchantId: string,
  now: Date,
  withinDays?: number,
) {
  const shop = await shopMemberships(tx, merchantId, now);
  if (!shop) return [];
  const days = withinDays ?? shop.settings.reminderDays;
  return shop.members
    .filter((m) => renewalReminderDue(m.membership, days, now))
    .map((m) => ({
      customerId: m.customerId,
      renewsAt: m.membership.current!.paidUntil,
      endsAt: m.membership.current!.endsAt,
      feeCents: shop.settings.feeCents,
      clubName: shop.settings.name,
    }));
}
