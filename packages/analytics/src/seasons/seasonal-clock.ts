const DAY_MS = 86_400_000;
/** Operational time is counted from 1 January 1900 (no shop's history starts before). */
const FIRST_YEAR = 1900;

/**
 * A shop's seasonal time scale: on a day of month m, operational time runs `monthly[m]` times as
 * fast as the calendar (monthly factors of mean 1 over the year, January first). A purchase
 * model fitted on this scale sees a stationary rate; a forecast over a busy month covers more
 * operational time.
 */
export interface SeasonalClock {
  /** Operational days from 1 January 1900 to the (possibly fractional) epoch day `day`. */
  at(day: number): number;
  readonly monthly: readonly number[];
}

/**
 * @example
 * const clock = seasonalClock([1.2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0.8]);
 * clock.at(epochDay + 1) - clock.at(epochDay); // 1.2 on a January day
 */
export function seasonalClock(monthly: readonly number[]): SeasonalClock {
  // Operational time at the start of each month since January 1900, filled as far as asked.
  const starts: number[] = [0];
  const startOf = (index: number): number => {
    while (starts.length <= index) {
      const i = starts.length - 1;
      starts.push(starts[i]! + daysInMonth(i) * monthly[i % 12]!);
    }
    return starts[index]!;
  };
  return {
    monthly,
    at(day: number): number {
      const whole = Math.floor(day);
      const date = new Date(whole * DAY_MS);
      const index = Math.max(0, (date.getUTCFullYear() - FIRST_YEAR) * 12 + date.getUTCMonth());
      const monthStart = Date.UTC(FIRST_YEAR, index, 1) / DAY_MS;
      return startOf(index) + (day - monthStart) * monthly[index % 12]!;
    },
  };
}

/** Days in month `index` counted from January 1900. */
export function daysInMonth(index: number): number {
  return (Date.UTC(FIRST_YEAR, index + 1, 1) - Date.UTC(FIRST_YEAR, index, 1)) / DAY_MS;
}

/** The month of the year (0 = January) of an epoch day. */
export function monthOfYear(day: number): number {
  return new Date(Math.floor(day) * DAY_MS).getUTCMonth();
}

/** The epoch day of the first day of the month after the one holding `day`. */
export function nextMonthStart(day: number): number {
  const date = new Date(Math.floor(day) * DAY_MS);
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1) / DAY_MS;
}

/** The calendar year of an epoch day. */
export function yearOf(day: number): number {
  return new Date(Math.floor(day) * DAY_MS).getUTCFullYear();
}
