import { instantOf, wallTime } from '../jobs/zoned-time.ts';

/** A calendar day in the shop's time zone, 'YYYY-MM-DD' (so that days compare as strings). */
export type LocalDay = string;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * The shop-local day of an instant.
 * @example localDay(new Date('2026-12-06T23:30:00Z'), 'Europe/Paris') // '2026-12-07'
 */
export function localDay(at: Date, timeZone: string): LocalDay {
  const w = wallTime(at, timeZone);
  return `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}`;
}

/** @example addDays('2026-12-30', 3) // '2027-01-02' */
export function addDays(day: LocalDay, days: number): LocalDay {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d + days));
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/**
 * The same day `months` later; the last day of the month when it has fewer days.
 * @example addMonths('2026-01-31', 1) // '2026-02-28'
 */
export function addMonths(day: LocalDay, months: number): LocalDay {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const lastDay = new Date(Date.UTC(y, m - 1 + months + 1, 0)).getUTCDate();
  const date = new Date(Date.UTC(y, m - 1 + months, Math.min(d, lastDay)));
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** Whether `day` lies in the window [since, until], both included. */
export const within = (day: LocalDay, since: LocalDay, until: LocalDay) =>
  day >= since && day <= until;

/** A week: how far back a run catches up on occasions missed while no server ran. */
export const CATCH_UP_DAYS = 7;

/** The instant a shop-local day begins. @example startOf('2026-12-06', 'Europe/Paris') // 2026-12-05T23:00:00Z */
export function startOf(day: LocalDay, timeZone: string): Date {
  const [year, month, dayOfMonth] = day.split('-').map(Number) as [number, number, number];
  return instantOf({ year, month, day: dayOfMonth, hour: 0, minute: 0 }, timeZone);
}
