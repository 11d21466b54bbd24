import { dayToIso, localDay } from '../tiers/local-day.ts';
import { type ClubEvent, membership } from './membership.ts';

/** One customer's club history, with what each payment brought in. */
export interface MemberHistory {
  readonly events: readonly ClubEvent[];
  /** Fees paid, at the times of the payment events (cents). */
  readonly payments: readonly { readonly at: Date; readonly amountCents: number }[];
}

/** The club's month, in the shop's calendar. */
export interface ClubMonth {
  /** `YYYY-MM`, shop time. */
  readonly month: string;
  readonly revenueCents: number;
  /** Payments that started a membership (first join or a return after a lapse). */
  readonly joins: number;
  /** Payments that extended a running membership. */
  readonly renewals: number;
  /** Memberships whose benefits ended this month (unpaid after the grace days, or cancelled). */
  readonly lapses: number;
}

const monthOf = (at: Date, timeZone: string) => dayToIso(localDay(at, timeZone)).slice(0, 7);

/**
 * Fee revenue, joins, renewals and lapses per month of the shop's calendar, for every month
 * from the first event to `now` (months with nothing in them included, so a chart has no gaps).
 *
 * @example
 * clubMonths([{ events, payments }], { graceDays: 7, timeZone: 'Europe/Paris', now })
 * // [{ month: '2026-10', revenueCents: 1500, joins: 1, renewals: 0, lapses: 0 }, …]
 */
export function clubMonths(
  histories: readonly MemberHistory[],
  options: { readonly graceDays: number; readonly timeZone: string; readonly now: Date },
): ClubMonth[] {
  const months = new Map<
    string,
    { revenueCents: number; joins: number; renewals: number; lapses: number }
  >();
  const slot = (month: string) => {
    let found = months.get(month);
    if (!found) {
      found = { revenueCents: 0, joins: 0, renewals: 0, lapses: 0 };
      months.set(month, found);
    }
    return found;
  };
  const { timeZone, now } = options;
  for (const history of histories) {
    for (const p of history.payments) {
      if (p.at.getTime() <= now.getTime())
        slot(monthOf(p.at, timeZone)).revenueCents += p.amountCents;
    }
    for (const run of membership(history.events, options.graceDays, now).runs) {
      slot(monthOf(run.start, timeZone)).joins += 1;
      // Renewals are counted in the month they were paid.
      for (const at of run.paidAt.slice(1)) slot(monthOf(at, timeZone)).renewals += 1;
      if (run.endsAt.getTime() <= now.getTime()) slot(monthOf(run.endsAt, timeZone)).lapses += 1;
    }
  }
  if (months.size === 0) return [];
  const keys = [...months.keys()].sort();
  const result: ClubMonth[] = [];
  for (let month = keys[0]!; month <= monthOf(now, timeZone); month = nextMonth(month)) {
    result.push({
      month,
      ...(months.get(month) ?? { revenueCents: 0, joins: 0, renewals: 0, lapses: 0 }),
    });
  }
  return result;
}

function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}
