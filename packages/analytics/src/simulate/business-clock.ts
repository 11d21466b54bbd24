import { DAY_MS } from '../clv/purchase.ts';

/**
 * Maps continuous model time (days since `start`, as BG/NBD sees it) to a timestamp inside opening
 * hours: day ⌊t⌋, and the fraction of the day spread over [opensAt, closesAt). The map is
 * increasing, so the order of events and the day of each event are kept; DST shifts are ignored.
 *
 * @example
 * toTimestamp(start, 2.5, { opensAt: 420, closesAt: 1170 }); // start + 2 days + 13:15
 */
export function toTimestamp(
  start: number,
  modelDays: number,
  hours: { readonly opensAt: number; readonly closesAt: number },
): number {
  const day = Math.floor(modelDays);
  const minutes = hours.opensAt + (modelDays - day) * (hours.closesAt - hours.opensAt);
  return start + day * DAY_MS + Math.floor(minutes * 60_000);
}

/**
 * Inverse of {@link toTimestamp}: the model time (days since `start`) of a simulated timestamp,
 * exact to the millisecond. Tests use it to rebuild the continuous BG/NBD summary (x, t_x, T).
 *
 * @example
 * toModelDays(start, toTimestamp(start, 2.5, hours), hours); // ≈ 2.5
 */
export function toModelDays(
  start: number,
  at: number,
  hours: { readonly opensAt: number; readonly closesAt: number },
): number {
  const day = Math.floor((at - start) / DAY_MS);
  const minutes = (at - start - day * DAY_MS) / 60_000;
  return day + (minutes - hours.opensAt) / (hours.closesAt - hours.opensAt);
}

/** Weekday (0 = Sunday) and day of year (0-based) of day `day` after the local midnight `start`. */
export function calendarOf(start: number, day: number): { weekday: number; dayOfYear: number } {
  // Noon of that day: whatever the merchant's UTC offset (< 12 h), noon local is the same UTC date.
  const noon = new Date(start + day * DAY_MS + DAY_MS / 2);
  const yearStart = Date.UTC(noon.getUTCFullYear(), 0, 1);
  return {
    weekday: noon.getUTCDay(),
    dayOfYear: Math.floor((noon.getTime() - yearStart) / DAY_MS),
  };
}

const DAYS_PER_YEAR = 365.2425;

/**
 * A yearly cosine around 1: 1 + amplitude × cos(2π (day of year − peak) / 365.24).
 *
 * @example
 * yearlyFactor({ amplitude: 0.3, peakDayOfYear: 348 }, 348); // 1.3
 */
export function yearlyFactor(
  season: { readonly amplitude: number; readonly peakDayOfYear: number },
  dayOfYear: number,
): number {
  return (
    1 +
    season.amplitude * Math.cos((2 * Math.PI * (dayOfYear - season.peakDayOfYear)) / DAYS_PER_YEAR)
  );
}
