import { qualificationChangeDays } from './change-days.ts';
import type { TierLadder } from './ladder.ts';
import { dayToIso, monthEndAfter, periodEnd } from './local-day.ts';
import { qualifiedLevel } from './qualify.ts';
import { type DatedActivity, measureOn } from './window-measures.ts';

/**
 * A change of level, dated in the shop's time zone, for the "tier reached" message and the
 * `tier.changed` webhook. `lowered` is dated on the first day at the lower level.
 */
export type TierChange =
  | {
      readonly type: 'reached';
      readonly on: string;
      readonly levelId: string;
      readonly fromLevelId: string;
    }
  /** At a review (or during the grace), a level held since an earlier period was kept. */
  | { readonly type: 'kept'; readonly on: string; readonly levelId: string }
  | {
      readonly type: 'lowered';
      readonly on: string;
      readonly levelId: string;
      readonly fromLevelId: string;
    };

/** Where the replay ends: the level held today, since when, and the grace under way if any. */
export interface TierReplay {
  readonly levelIndex: number;
  readonly sinceDay: number;
  /** The last day of a grace under way (the level was not requalified at the last review). */
  readonly graceEndDay: number | null;
  readonly changes: readonly TierChange[];
}

/**
 * Replays the history day by day, as if the ladder had always existed:
 * - a level is reached the day its criteria are met (upgrades are immediate);
 * - at the end of each review period, a level not requalified enters its grace; it is lowered
 *   the day after the grace ends unless the customer qualified again meanwhile;
 * - a refund that undoes a level reached in the current period takes it back at once, down to
 *   the level held at the start of the period (a level is not bought and refunded).
 * Today's review is not done until today is over: a purchase later today still counts.
 */
export function replayTiers(
  ladder: TierLadder,
  activity: DatedActivity,
  today: number,
): TierReplay {
  const { periodMonths, graceMonths } = ladder.review;
  const id = (index: number): string => ladder.levels[index]?.id ?? '';
  const changes: TierChange[] = [];
  let level = 0;
  let sinceDay = activity.startDay;
  let graceEndDay: number | null = null;
  /** The best level qualified for since the review that opened the grace. */
  let graceBest = 0;
  let periodStart = activity.startDay;
  let reviewDay = periodEnd(activity.startDay, periodMonths);
  let levelAtPeriodStart = 0;
  const changeDays = qualificationChangeDays(ladder, activity);
  let qualified = 0;

  for (let day = activity.startDay; day <= today; day += 1) {
    if (day > reviewDay) {
      periodStart = day;
      reviewDay = periodEnd(day, periodMonths);
      levelAtPeriodStart = level;
    }
    if (changeDays.has(day)) {
      const measures = measureOn(activity, day, ladder.windowMonths);
      qualified = qualifiedLevel(ladder, measures, day, activity.startDay);
    }
    // The same for every day in between: measure only where something can change.
    if (qualified === level && graceEndDay === null && day !== reviewDay) continue;
    const on = dayToIso(day);
    if (qualified > level) {
      changes.push({ type: 'reached', on, levelId: id(qualified), fromLevelId: id(level) });
      level = qualified;
      sinceDay = day;
      graceEndDay = null;
    } else if (graceEndDay !== null && qualified >= level) {
      changes.push({ type: 'kept', on, levelId: id(level) });
      graceEndDay = null;
    } else if (graceEndDay !== null) {
      graceBest = Math.max(graceBest, qualified);
    } else if (activity.refundDays.has(day) && qualified < level && level > levelAtPeriodStart) {
      const lowered = Math.max(qualified, levelAtPeriodStart);
      changes.push({ type: 'lowered', on, levelId: id(lowered), fromLevelId: id(level) });
      level = lowered;
      sinceDay = day;
    }
    if (day === today) break;

    const next = dayToIso(day + 1);
    if (graceEndDay === day) {
      changes.push({ type: 'lowered', on: next, levelId: id(graceBest), fromLevelId: id(level) });
      level = graceBest;
      sinceDay = day + 1;
      graceEndDay = null;
      levelAtPeriodStart = Math.min(levelAtPeriodStart, level);
    } else if (level > 0 && graceEndDay === null && day === reviewDay) {
      if (qualified >= level) {
        if (sinceDay < periodStart) changes.push({ type: 'kept', on, levelId: id(level) });
      } else if (graceMonths === 0) {
        changes.push({ type: 'lowered', on: next, levelId: id(qualified), fromLevelId: id(level) });
        level = qualified;
        sinceDay = day + 1;
      } else {
        graceEndDay = monthEndAfter(day, graceMonths);
        graceBest = qualified;
      }
    }
  }
  return { levelIndex: level, sinceDay, graceEndDay, changes };
}
