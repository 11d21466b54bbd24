import type { TierLadder } from './ladder.ts';
import { addMonthsToDay } from './local-day.ts';
import { seniorityDay } from './qualify.ts';
import type { DatedActivity } from './window-measures.ts';

/**
 * The days on which the level a customer qualifies for may change: a purchase or a refund, a
 * purchase leaving the window, a seniority threshold. Between them it stays the same, so a
 * replay over years of history measures the window only on these days.
 */
export function qualificationChangeDays(
  ladder: TierLadder,
  activity: DatedActivity,
): ReadonlySet<number> {
  const days = new Set<number>([activity.startDay, ...activity.refundDays]);
  for (const purchase of activity.purchases) {
    days.add(purchase.day);
    // A purchase leaves the window within a few days of this one: month ends clamp
    // (31 March + 1 month is 30 April, and 30 April − 1 month is 30 March).
    const leaves = addMonthsToDay(purchase.day, ladder.windowMonths);
    for (let extra = 0; extra <= 3; extra += 1) days.add(leaves + extra);
  }
  for (const level of ladder.levels) {
    const senior = seniorityDay(level.criteria, activity.startDay);
    if (senior !== null) days.add(senior);
  }
  return days;
}
