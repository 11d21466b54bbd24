/** A calendar month as 'YYYY-MM', in the merchant's time zone. */
export type MonthKey = string;

/**
 * Month key of an instant in UTC.
 *
 * @example
 * monthKeyUtc(Date.UTC(2026, 0, 31, 23, 30)); // '2026-01'
 */
export function monthKeyUtc(at: number): MonthKey {
  const date = new Date(at);
  return `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, '0')}`;
}

/**
 * Month keys in the merchant's time zone, given the zone's UTC offset at each instant (in minutes,
 * +60 for Paris in winter, +120 in summer). The caller supplies the offset — from `Intl` or a
 * tz database — so the analytics stay free of time-zone data and of the clock.
 *
 * @example
 * const paris = monthKeyWithOffset(() => 60);
 * paris(Date.UTC(2026, 0, 31, 23, 30)); // '2026-02' (00:30 on Feb 1 in Paris)
 */
export function monthKeyWithOffset(
  offsetMinutesAt: (at: number) => number,
): (at: number) => MonthKey {
  return (at) => monthKeyUtc(at + offsetMinutesAt(at) * 60_000);
}

/**
 * Months from `from` to `to`; negative when `to` is earlier.
 *
 * @example
 * monthsBetween('2025-11', '2026-02'); // 3
 */
export function monthsBetween(from: MonthKey, to: MonthKey): number {
  return monthIndex(to) - monthIndex(from);
}

function monthIndex(key: MonthKey): number {
  const match = /^(\d{4})-(\d{2})$/.exec(key);
  if (!match) throw new RangeError(`month key must look like 'YYYY-MM', got '${key}'`);
  return Number(match[1]) * 12 + Number(match[2]) - 1;
}
