import { dayToIso, localDay } from '../tiers/local-day.ts';
import type { ClubSettings } from './club-settings.ts';
import type { Membership } from './membership.ts';

const dateIn = (at: Date, timeZone: string) => dayToIso(localDay(at, timeZone));

/**
 * A membership as the API, the card and the counter show it: dates are the shop's calendar
 * days (`YYYY-MM-DD`). `renewsOn` is the renewal date (end of the time paid), `endsOn` the day
 * the benefits stop if nothing more is paid.
 */
export function membershipCard(m: Membership, settings: ClubSettings, timeZone: string) {
  const run = m.current;
  return {
    state: m.state,
    isMember: m.isMember,
    since: run ? dateIn(run.start, timeZone) : null,
    renewsOn: run ? dateIn(run.paidUntil, timeZone) : null,
    endsOn: run ? dateIn(run.endsAt, timeZone) : null,
    cancelledOn: run?.cancelledAt ? dateIn(run.cancelledAt, timeZone) : null,
    discountPercent: m.isMember ? settings.discountPercent : 0,
  };
}

export type MembershipCard = ReturnType<typeof membershipCard>;
