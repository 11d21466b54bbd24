import { addMonths } from '../time/calendar.ts';

const DAY_MS = 86_400_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * The shop-local calendar day containing `at`, as days since 1970-01-01. Tier rules count in
 * these days so that a purchase at 00:30 in Paris belongs to the Paris date, DST or not.
 * @example localDay(new Date('2026-12-31T23:30:00Z'), 'Europe/Paris') // the day of 2027-01-01
 */
export function localDay(at: Date, timeZone: string): number {
  let formatter = formatters.get(timeZone);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return isoToDay(formatter.format(at));
}

/** @example dayToIso(20_414) // '2025-11-22' */
export function dayToIso(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** @example isoToDay('1970-01-02') // 1 */
export function isoToDay(date: string): number {
  return Math.floor(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
}

/** Calendar months added to a day, clamped like `addMonths` (31 Jan + 1 month = 28/29 Feb). */
export function addMonthsToDay(day: number, months: number): number {
  return Math.round(addMonths(new Date(day * DAY_MS), months).getTime() / DAY_MS);
}

/** The last day of the review period containing `day`; periods start on 1 January. */
export function periodEnd(day: number, periodMonths: number): number {
  const date = new Date(day * DAY_MS);
  const endMonth = Math.floor(date.getUTCMonth() / periodMonths) * periodMonths + periodMonths;
  return Math.round(Date.UTC(date.getUTCFullYear(), endMonth, 0) / DAY_MS);
}

/** The last day of the month `months` after the month of `day`. */
export function monthEndAfter(day: number, months: number): number {
  const date = new Date(day * DAY_MS);
  return Math.round(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months + 1, 0) / DAY_MS);
}
