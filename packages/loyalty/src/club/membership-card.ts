import { dayToIso, localDay } from '../tiers/local-day.ts';
import type { ClubSettings } from './club-settings.ts';
import type { Membership } from './membership.ts';

/** The shop-local day of an instant, `YYYY-MM-DD`. @example clubDay(new Date('2026-12-31T23:30:00Z'), 'Europe/Paris') // '2027-01-01' */
export const clubDay = (at: Date, timeZone: string) => dayToIso(localDay(at, timeZone));
const dateIn = clubDay;

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
