import type { TierCriteria, TierLadder } from './ladder.ts';
import { addMonthsToDay } from './local-day.ts';
import type { WindowMeasures } from './window-measures.ts';

/** The day seniority lets a customer into a level, or null when the level has no such criterion. */
export function seniorityDay(criteria: TierCriteria, startDay: number): number | null {
  const months = criteria.seniorityMonths;
  return months === undefined ? null : addMonthsToDay(startDay, months);
}

/** True when any one of the level's criteria is met on `day` (the lowest level always is). */
export function meetsCriteria(
  criteria: TierCriteria,
  measures: WindowMeasures,
  day: number,
  startDay: number,
): boolean {
  const { spendCents, visits } = criteria;
  const senior = seniorityDay(criteria, startDay);
  if (spendCents === undefined && visits === undefined && senior === null) return true;
  return (
    (spendCents !== undefined && measures.spendCents >= spendCents) ||
    (visits !== undefined && measures.visits >= visits) ||
    (senior !== null && day >= senior)
  );
}

/**
 * The index of the highest level whose criteria are met on `day` — any-of, so a long-standing
 * customer can be let straight into the top level whatever they spend.
 */
export function qualifiedLevel(
  ladder: TierLadder,
  measures: WindowMeasures,
  day: number,
  startDay: number,
): number {
  for (let index = ladder.levels.length - 1; index > 0; index -= 1) {
    const level = ladder.levels[index];
    if (level !== undefined && meetsCriteria(level.criteria, measures, day, startDay)) return index;
  }
  return 0;
}
