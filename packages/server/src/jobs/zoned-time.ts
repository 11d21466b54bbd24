/** A wall-clock reading in some time zone: the calendar date and the time of day. */
export type WallTime = {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  /** ISO weekday, 1 = Monday … 7 = Sunday. */
  weekday: number;
};

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      weekday: 'short',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

const WEEKDAYS: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };

/**
 * What a clock on the wall in `timeZone` shows at the instant `at` (seconds dropped).
 * @example wallTime(new Date('2026-07-01T04:00:00Z'), 'Europe/Paris') // { …, hour: 6, minute: 0 }
 */
export function wallTime(at: Date, timeZone: string): WallTime {
  const parts: Record<string, string> = {};
  for (const part of formatterFor(timeZone).formatToParts(at)) parts[part.type] = part.value;
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    weekday: WEEKDAYS[parts.weekday ?? ''] ?? 0,
  };
}

/** How far ahead of UTC the zone's clocks are at `instant`, in milliseconds. */
function offsetAt(instant: number, timeZone: string): number {
  const seconds = new Date(instant).getUTCSeconds();
  const w = wallTime(new Date(instant), timeZone);
  const shown = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, seconds);
  return shown - (instant - (instant % 1000));
}

/**
 * The instant at which clocks in `timeZone` show the given date and time. Follows the usual
 * calendar convention (Temporal's "compatible"): a time skipped when clocks go forward is moved
 * forward by the length of the gap (02:30 on the spring night → 03:30), a time that happens
 * twice when clocks go back is the first of the two.
 * @example instantOf({ year: 2026, month: 7, day: 1, hour: 6, minute: 0 }, 'Europe/Paris') // 2026-07-01T04:00:00Z
 */
export function instantOf(
  local: Pick<WallTime, 'year' | 'month' | 'day' | 'hour' | 'minute'>,
  timeZone: string,
): Date {
  const asUtc = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute);
  // A zone changes offset at most once in two days, so the offsets a day either side are the
  // only two candidates.
  const before = offsetAt(asUtc - 86_400_000, timeZone);
  const after = offsetAt(asUtc + 86_400_000, timeZone);
  const shows = (instant: number) => {
    const w = wallTime(new Date(instant), timeZone);
    return (
      w.year === local.year &&
      w.month === local.month &&
      w.day === local.day &&
      w.hour === local.hour &&
      w.minute === local.minute
    );
  };
  const candidates = [asUtc - before, asUtc - after].filter(shows);
  if (candidates.length > 0) return new Date(Math.min(...candidates));
  // In the gap: read with the offset in force before it, which lands after it.
  return new Date(asUtc - before);
}

/** 'YYYY-MM-DDTHH:MM' of a wall time, the name of an occasion in the shop's own calendar. */
export function formatWallTime(w: Pick<WallTime, 'year' | 'month' | 'day' | 'hour' | 'minute'>) {
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}`;
}
