import type { TierLadder } from './ladder.ts';
import { dayToIso, localDay, periodEnd } from './local-day.ts';

/**
 * The day levels are next reviewed (the last day of the current period), `YYYY-MM-DD` in the
 * shop's time zone. A level is never lowered before it, nor before its grace after it.
 * @example nextTierReview(yearly, new Date('2026-05-02T10:00:00Z'), 'Europe/Paris') // '2026-12-31'
 */
export function nextTierReview(ladder: TierLadder, now: Date, timeZone: string): string {
  return dayToIso(periodEnd(localDay(now, timeZone), ladder.review.periodMonths));
}
