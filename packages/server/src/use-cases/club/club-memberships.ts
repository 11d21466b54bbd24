import { type ClubEvent, type ClubSettings, type Membership, membership } from '@habitue/loyalty';
import type { Tx } from '../../db/tenant.ts';
import { findClubSettings, loadClubEvents } from '../../repositories/club.ts';

export type ShopMembership = {
  customerId: string;
  events: ClubEvent[];
  payments: { at: Date; amountCents: number }[];
  membership: Membership;
};

/**
 * Every customer who ever paid the club's fee, with their membership at `now` (one read of the
 * shop's club events); undefined when the shop has no club.
 */
export async function shopMemberships(
  tx: Tx,
  merchantId: string,
  now: Date,
): Promise<{ settings: ClubSettings; members: ShopMembership[] } | undefined> {
  const club = await findClubSettings(tx, merchantId);
  if (!club) return undefined;
  const byCustomer = new Map<string, Omit<ShopMembership, 'membership'>>();
  for (const row of await loadClubEvents(tx, merchantId)) {
    let entry = byCustomer.get(row.customerId);
    if (!entry) {
      entry = { customerId: row.customerId, events: [], payments: [] };
      byCustomer.set(row.customerId, entry);
    }
    entry.events.push(row.event);
    if (row.event.kind === 'payment') {
      entry.payments.push({ at: row.event.at, amountCents: row.amountCents ?? 0 });
    }
  }
  const members = [...byCustomer.values()].map((entry) => ({
    ...entry,
    membership: membership(entry.events, club.settings.graceDays, now),
  }));
  return { settings: club.settings, members };
}
