import {
  nextTierReview,
  type TierActivity,
  type TierCard,
  type TierLadder,
  type TierStanding,
  tierStanding,
} from '@habitue/loyalty';
import type { Tx } from '../../db/tenant.ts';
import { findTierSetting, loadTierActivity } from '../../repositories/tiers.ts';

/** A shop's ladder with the time zone its dates are counted in. */
export interface TierSetting {
  readonly ladder: TierLadder;
  readonly timeZone: string;
}

/** A member as tiers see them: only members have a level. */
export interface TierMember {
  readonly id: string;
  readonly member_since: Date | null;
}

/** What the card, the counter and the customer page show: the level, its colour and benefits. */
export interface TierPresentation {
  readonly tier: TierCard | null;
  readonly tierLevel: {
    id: string;
    name: string;
    colour: string;
    benefits: { pointsMultiplierPercent: number; discountPercent: number; perks: string[] };
    /** The next review day (YYYY-MM-DD, shop's calendar): no level is lowered before it. */
    reviewOn: string;
  } | null;
}

export const NO_TIER: TierPresentation = { tier: null, tierLevel: null };

/** The standing of a member on the shop's ladder, from the history given. */
export function standingOf(setting: TierSetting, activity: TierActivity, now: Date) {
  return tierStanding({ ladder: setting.ladder, activity, now, timeZone: setting.timeZone });
}

export function presentStanding(
  setting: TierSetting,
  standing: TierStanding,
  now: Date,
): TierPresentation {
  const { id, name, colour, benefits } = standing.level;
  return {
    tier: standing.card,
    tierLevel: {
      id,
      name,
      colour,
      benefits: { ...benefits, perks: [...benefits.perks] },
      reviewOn: nextTierReview(setting.ladder, now, setting.timeZone),
    },
  };
}

/**
 * A customer's `tier` as the card answers it: null when the shop has no ladder or the customer
 * is not a member; else computed from their purchases now (never from a stored level, so a
 * window that moved or a seniority reached overnight shows at once).
 */
export async function loadTierPresentation(
  tx: Tx,
  merchantId: string,
  customer: TierMember,
  now: Date,
): Promise<TierPresentation> {
  if (customer.member_since === null) return NO_TIER;
  const setting = await findTierSetting(tx, merchantId);
  if (!setting) return NO_TIER;
  const activity = await loadTierActivity(tx, merchantId, customer.id, customer.member_since);
  return presentStanding(setting, standingOf(setting, activity, now), now);
}
