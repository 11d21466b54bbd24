import { z } from 'zod';
import { formatWallTime, instantOf, wallTime } from './zoned-time.ts';

const TimeOfDay = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'HH:MM, 00:00 to 23:59');

/**
 * When a recurring job runs, in the shop's own calendar: every day at a time, or every week on
 * a weekday (1 = Monday … 7 = Sunday) at a time. Stored as JSON with the schedule row.
 */
export const Schedule = z.discriminatedUnion('every', [
  z.object({ every: z.literal('day'), at: TimeOfDay }),
  z.object({ every: z.literal('week'), on: z.number().int().min(1).max(7), at: TimeOfDay }),
  // Days 1–28 only: every month has them.
  z.object({ every: z.literal('month'), day: z.number().int().min(1).max(28), at: TimeOfDay }),
]);
export type Schedule = z.infer<typeof Schedule>;

/** @example daily('06:00') // every day at 06:00 in the shop's time zone */
export const daily = (at: string): Schedule => Schedule.parse({ every: 'day', at });

/** @example weekly(1, '07:30') // every Monday at 07:30 in the shop's time zone */
export const weekly = (on: number, at: string): Schedule =>
  Schedule.parse({ every: 'week', on, at });

/** @example monthly(1, '07:00') // the 1st of every month at 07:00 in the shop's time zone */
export const monthly = (day: number, at: string): Schedule =>
  Schedule.parse({ every: 'month', day, at });

/**
 * The first instant strictly after `after` at which the schedule falls due in `timeZone`. Wall
 * time is what counts: "every day at 06:00 Europe/Paris" is 05:00 UTC in winter, 04:00 UTC in
 * summer, and runs once on the nights the clocks change (see `instantOf` for times the change
 * skips or repeats).
 * @example nextOccurrence(daily('06:00'), new Date('2026-03-29T12:00:00Z'), 'Europe/Paris') // 2026-03-30T04:00:00Z
 */
export function nextOccurrence(schedule: Schedule, after: Date, timeZone: string): Date {
  const [hour, minute] = schedule.at.split(':').map(Number) as [number, number];
  const today = wallTime(after, timeZone);
  if (schedule.every === 'month') {
    // This month's day, else next month's (the day is at most 28, so both exist).
    for (let offset = 0; offset <= 1; offset += 1) {
      const date = new Date(Date.UTC(today.year, today.month - 1 + offset, schedule.day));
      const local = {
        year: date.getUTCFullYear(),
        month: date.getUTCMonth() + 1,
        day: date.getUTCDate(),
        hour,
        minute,
      };
      const instant = instantOf(local, timeZone);
      if (instant.getTime() > after.getTime()) return instant;
    }
    throw new Error(`no occurrence of ${JSON.stringify(schedule)} within a month`);
  }
  // Calendar days from the shop's today onwards; a weekly schedule is due within 8 of them.
  for (let offset = 0; offset <= 8; offset += 1) {
    const date = new Date(Date.UTC(today.year, today.month - 1, today.day + offset));
    const weekday = ((date.getUTCDay() + 6) % 7) + 1;
    if (schedule.every === 'week' && weekday !== schedule.on) continue;
    const local = {
      year: date.getUTCFullYear(),
      month: date.getUTCMonth() + 1,
      day: date.getUTCDate(),
      hour,
      minute,
    };
    const instant = instantOf(local, timeZone);
    if (instant.getTime() > after.getTime()) return instant;
  }
  throw new Error(`no occurrence of ${JSON.stringify(schedule)} within 8 days`);
}

/**
 * The name of the occasion an occurrence stands for, in the shop's calendar
 * ('2026-03-29T06:00'): with the kind, the idempotency key of the job it enqueues, so one
 * occurrence runs once however many processes see it due.
 */
export function occasionOf(occurrence: Date, timeZone: string): string {
  return formatWallTime(wallTime(occurrence, timeZone));
}

/**
 * What a schedule owes at `now`: its occurrences from `nextRunAt` up to `now` (at most the last
 * `limit`), and the next one after `now`. A schedule never computed (`nextRunAt` null) owes
 * nothing yet and starts from its first occurrence after `now`.
 * @example dueOccurrences(daily('06:00'), new Date('2026-12-02T05:00:00Z'), new Date('2026-12-03T12:00:00Z'), 'Europe/Paris')
 * // { missed: [2026-12-02T05:00Z, 2026-12-03T05:00Z], next: 2026-12-04T05:00Z }
 */
export function dueOccurrences(
  schedule: Schedule,
  nextRunAt: Date | null,
  now: Date,
  timeZone: string,
  limit: number,
): { missed: Date[]; next: Date } {
  if (nextRunAt === null) return { missed: [], next: nextOccurrence(schedule, now, timeZone) };
  const missed: Date[] = [];
  // From the first occurrence at or after `nextRunAt` (which is one, unless it was pushed back
  // after an error), so runs always land on the schedule's own times.
  let occurrence = nextOccurrence(schedule, new Date(nextRunAt.getTime() - 1), timeZone);
  while (occurrence.getTime() <= now.getTime()) {
    missed.push(occurrence);
    if (missed.length > limit) missed.shift();
    occurrence = nextOccurrence(schedule, occurrence, timeZone);
  }
  return { missed, next: occurrence };
}
