import { dayToIso, isoToDay } from '../tiers/local-day.ts';

/** A birthday as customers give it: a day and a month, never a year. */
export interface Birthday {
  readonly day: number;
  readonly month: number;
}

/** The widest window a birthday voucher may have, so that two years' windows never overlap. */
export const MAX_BIRTHDAY_WINDOW_DAYS = 30;

/** One year's birthday and the days its voucher is valid, as shop-local dates `YYYY-MM-DD`. */
export interface BirthdayOccasion {
  /** The year of the birthday itself: the voucher's once-a-year key (`birthday:<year>`). */
  readonly year: number;
  readonly date: string;
  readonly validFrom: string;
  readonly validUntil: string;
}

/**
 * The birthday whose window (`windowDays` before to `windowDays` after the day) contains
 * `today`, or null. Whatever day a daily job runs on, every day of a window names the same
 * year, and windows of two years never overlap: granting under the key `birthday:<year>`
 * gives at most one voucher a year however often, late or irregularly the job runs.
 * A 29 February birthday is kept on 28 February in other years.
 * @example birthdayOccasion({ day: 14, month: 3 }, '2027-03-10', 7)
 * // { year: 2027, date: '2027-03-14', validFrom: '2027-03-07', validUntil: '2027-03-21' }
 */
export function birthdayOccasion(
  birthday: Birthday,
  today: string,
  windowDays: number,
): BirthdayOccasion | null {
  const day = isoToDay(today);
  const year = Number(today.slice(0, 4));
  for (const y of [year - 1, year, year + 1]) {
    const date = birthdayIn(birthday, y);
    if (Math.abs(day - date) <= windowDays) {
      return {
        year: y,
        date: dayToIso(date),
        validFrom: dayToIso(date - windowDays),
        validUntil: dayToIso(date + windowDays),
      };
    }
  }
  return null;
}

/** The birthday's day number in `year` (29 February → 28 February outside leap years). */
function birthdayIn(birthday: Birthday, year: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const day = birthday.month === 2 && birthday.day === 29 && !leap ? 28 : birthday.day;
  return isoToDay(
    `${String(year).padStart(4, '0')}-${String(birthday.month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
  );
}

/**
 * The (month, day) pairs whose birthday window contains `today`: what a daily job asks the
 * database for, so that it reads only the customers it may have to serve.
 * @example birthdaysAround('2027-03-10', 1) // [{ month: 3, day: 9 }, { month: 3, day: 10 }, { month: 3, day: 11 }]
 */
export function birthdaysAround(today: string, windowDays: number): Birthday[] {
  const day = isoToDay(today);
  const out: Birthday[] = [];
  for (let d = day - windowDays; d <= day + windowDays; d++) {
    const iso = dayToIso(d);
    out.push({ month: Number(iso.slice(5, 7)), day: Number(iso.slice(8, 10)) });
  }
  // 28 February also stands for 29 February outside leap years.
  if (
    out.some((b) => b.month === 2 && b.day === 28) &&
    !out.some((b) => b.month === 2 && b.day === 29)
  ) {
    out.push({ month: 2, day: 29 });
  }
  return out;
}
