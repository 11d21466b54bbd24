import { monthOfYear } from './seasonal-clock.ts';

/**
 * How far an unseen part of the year could move a forecast, each way: a busy or quiet month of a
 * French shop commonly sits 30 % from its yearly mean (December for a chocolatier, August for a
 * bakery), so without a year of history the interval there is widened by that much.
 */
export const UNSEEN_SEASON_SPREAD = 0.3;

/**
 * The share of the days (fromDay, fromDay + horizonDays] whose month of the year the history
 * has not covered (`covered`, January first).
 *
 * @example
 * unseenShare(coveredMarchToAugust, aug31, 120); // ≈ 1: September to December never seen
 */
export function unseenShare(
  covered: readonly boolean[],
  fromDay: number,
  horizonDays: number,
): number {
  const days = Math.max(1, Math.round(horizonDays));
  let unseen = 0;
  for (let i = 1; i <= days; i++) if (!covered[monthOfYear(fromDay + i)]) unseen++;
  return unseen / days;
}

/** An interval [low, high] widened for an unseen share of the horizon. */
export function widenForUnseen(low: number, high: number, share: number): [number, number] {
  const spread = UNSEEN_SEASON_SPREAD * share;
  return [low * (1 - spread), high * (1 + spread)];
}
