import { membershipCard } from '@habitue/loyalty';
import type { Tx } from '../../db/tenant.ts';
import { getCustomerCauseIn } from '../causes/get-customer-cause.ts';
import { loadMembership } from './load-membership.ts';

/**
 * What the customer's card says about the club and the cause: the membership with its renewal
 * date and perks (null when the shop has no club or the customer never joined), and what their
 * purchases gave to the cause they support now ("vos achats ont déjà donné 12,40 € à la SPA de
 * Montreuil"; null when the shop supports no cause).
 */
export async function clubAndCauseOnCard(
  tx: Tx,
  merchantId: string,
  customerId: string,
  now: Date,
) {
  const [loaded, cause] = await Promise.all([
    loadMembership(tx, merchantId, customerId, now),
    getCustomerCauseIn(tx, merchantId, customerId),
  ]);
  const club =
    loaded && loaded.membership.state !== 'none'
      ? {
          name: loaded.settings.name,
          perks: [...loaded.settings.perks],
          ...membershipCard(loaded.membership, loaded.settings, loaded.timeZone),
        }
      : null;
  const current = cause.cause;
  return {
    club,
    cause: current
      ? {
          name: current.name,
          givenCents: cause.given.find((g) => g.causeId === current.id)?.givenCents ?? 0,
        }
      : null,
  };
}
