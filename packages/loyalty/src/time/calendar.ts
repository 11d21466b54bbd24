const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Adds calendar months in UTC, clamping to the last day of a shorter month so that
 * 31 January + 1 month is 28 (or 29) February, not 3 March.
 * @example addMonths(new Date('2026-01-31T10:00:00Z'), 1) // 2026-02-28T10:00:00Z
 */
export function addMonths(date: Date, months: number): Date {
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const result = new Date(date.getTime());
  result.setUTCDate(1);
  result.setUTCFullYear(year, month, Math.min(date.getUTCDate(), lastDay));
  return result;
}

/** @example addDays(new Date('2026-03-01T00:00:00Z'), -1) // 2026-02-28T00:00:00Z */
export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS);
}
