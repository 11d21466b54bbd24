/** Calendar arithmetic on the shop's local days ('YYYY-MM-DD') and months ('YYYY-MM'). */

/** @example monthOf('2026-12-06') // '2026-12' */
export const monthOf = (day: string): string => day.slice(0, 7);

/**
 * Calendar months added to a day, clamped to the month's end.
 * @example addMonthsToDay('2026-01-31', 1) // '2026-02-28'
 */
export function addMonthsToDay(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0));
  const clamped = Math.min(d, lastDay.getUTCDate());
  return new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), clamped))
    .toISOString()
    .slice(0, 10);
}

/** @example addMonthsToMonth('2026-12', 1) // '2027-01' */
export function addMonthsToMonth(month: string, months: number): string {
  return monthOf(addMonthsToDay(`${month}-01`, months));
}

/**
 * Every month from `first` to `last`, both included (empty when `last` is before `first`).
 * @example monthsFrom('2026-11', '2027-01') // ['2026-11', '2026-12', '2027-01']
 */
export function monthsFrom(first: string, last: string): string[] {
  const months: string[] = [];
  for (let m = first; m <= last; m = addMonthsToMonth(m, 1)) months.push(m);
  return months;
}

/**
 * Whole calendar years from `from` to `to` (an anniversary day counts).
 * @example wholeYearsBetween('2024-03-01', '2026-02-28') // 1
 */
export function wholeYearsBetween(from: string, to: string): number {
  let years = Number(to.slice(0, 4)) - Number(from.slice(0, 4));
  if (addMonthsToDay(from, years * 12) > to) years -= 1;
  return Math.max(0, years);
}
