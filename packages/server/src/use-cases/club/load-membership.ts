import { type ClubSettings, type Membership, membership } from '@habitue/loyalty';
import type { Tx } from '../../db/tenant.ts';
import { merchantTimeZone } from '../../repositories/analytics-history.ts';
import { findClubSettings, loadClubEvents } from '../../repositories/club.ts';

export type LoadedMembership = {
  settings: ClubSettings;
  active: boolean;
  timeZone: string;
  membership: Membership;
};

/**
 * A customer's membership at `now`, with the club's settings; undefined when the shop has no
 * club. The one reader every other part uses (the card, the counter, the quote's discount).
 */
export async function loadMembership(
  tx: Tx,
  merchantId: string,
  customerId: string,
  now: Date,
): Promise<LoadedMembership | undefined> {
  const club = await findClubSettings(tx, merchantId);
  if (!club) return undefined;
  const [events, timeZone] = await Promise.all([
    loadClubEvents(tx, merchantId, [customerId]),
    merchantTimeZone(tx, merchantId),
  ]);
  return {
    settings: club.settings,
    active: club.active,
    timeZone,
    membership: membership(
      events.map((e) => e.event),
      club.settings.graceDays,
      now,
    ),
  };
}
