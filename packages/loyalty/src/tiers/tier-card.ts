import type { TierCriteria, TierLadder, TierLevel } from './ladder.ts';
import { dayToIso, localDay, monthEndAfter, periodEnd } from './local-day.ts';
import { meetsCriteria, seniorityDay } from './qualify.ts';
import { replayTiers, type TierChange, type TierReplay } from './replay-tiers.ts';
import type { TierActivity } from './tier-activity.ts';
import {
  type DatedActivity,
  datedActivity,
  measureOn,
  type WindowMeasures,
} from './window-measures.ts';

/** What it still takes, per criterion; null when the level has no such criterion. */
export interface TierGap {
  readonly spendLeftCents: number | null;
  readonly visitsLeft: number | null;
}

/** The level above, what it takes, and the date seniority lets the customer in (or null). */
export interface TierNext extends TierGap {
  readonly name: string;
  readonly eligibleOn: string | null;
}

/**
 * The card's `tier`. Dates are `YYYY-MM-DD` in the shop's time zone. `until` is the last day the
 * level is sure to hold (null when it cannot be lost: the lowest level, or seniority reached);
 * `keep` is what it takes to hold it past `until` (null when nothing more is needed).
 */
export interface TierCard {
  readonly name: string;
  readonly since: string;
  readonly until: string | null;
  readonly keep: TierGap | null;
  readonly next: TierNext | null;
}

/** The card, plus the level itself (benefits, colour) and every change so far. */
export interface TierStanding {
  readonly level: TierLevel;
  readonly card: TierCard;
  readonly changes: readonly TierChange[];
}

export interface TierStandingInput {
  readonly ladder: TierLadder;
  readonly activity: TierActivity;
  readonly now: Date;
  readonly timeZone: string;
}

/**
 * Where a member stands on the shop's ladder, computed from their history alone.
 * @example tierStanding({ ladder, activity, now, timeZone: 'Europe/Paris' }).card
 * // { name: 'Or', since: '2026-05-02', until: '2027-03-31', keep: { spendLeftCents: 12000, visitsLeft: null }, next: null }
 */
export function tierStanding(input: TierStandingInput): TierStanding {
  const { ladder } = input;
  const activity = datedActivity(input.activity, input.timeZone);
  const today = localDay(input.now, input.timeZone);
  const replay = replayTiers(ladder, activity, today);
  const level = levelAt(ladder, replay.levelIndex);
  const { until, keep } = holding(ladder, activity, replay, today);
  const above = ladder.levels[replay.levelIndex + 1];
  const next: TierNext | null =
    above === undefined
      ? null
      : {
          name: above.name,
          ...gap(above.criteria, measureOn(activity, today, ladder.windowMonths)),
          eligibleOn: isoOrNull(seniorityDay(above.criteria, activity.startDay)),
        };
  return {
    level,
    card: { name: level.name, since: dayToIso(replay.sinceDay), until, keep, next },
    changes: replay.changes,
  };
}

/**
 * The card's `tier`: null when the shop has no ladder or the customer is not a member.
 * @example tierCard({ ladder: null, activity, now, timeZone }) // null
 */
export function tierCard(input: {
  readonly ladder: TierLadder | null;
  readonly activity: TierActivity | null;
  readonly now: Date;
  readonly timeZone: string;
}): TierCard | null {
  const { ladder, activity } = input;
  if (ladder === null || activity === null) return null;
  return tierStanding({ ...input, ladder, activity }).card;
}

/** Reviews looked ahead at most: past the window, known purchases no longer count anyway. */
const MAX_REVIEWS_AHEAD = 64;

function holding(
  ladder: TierLadder,
  activity: DatedActivity,
  replay: TierReplay,
  today: number,
): { until: string | null; keep: TierGap | null } {
  const permanent = { until: null, keep: null };
  if (replay.levelIndex === 0) return permanent;
  const criteria = levelAt(ladder, replay.levelIndex).criteria;
  const senior = seniorityDay(criteria, activity.startDay);
  if (senior !== null && senior <= today) return permanent;
  if (replay.graceEndDay !== null) {
    if (senior !== null && senior <= replay.graceEndDay) return permanent;
    const measures = measureOn(activity, today, ladder.windowMonths);
    return { until: dayToIso(replay.graceEndDay), keep: gap(criteria, measures) };
  }
  const { periodMonths, graceMonths } = ladder.review;
  let review = periodEnd(today, periodMonths);
  for (let step = 0; step < MAX_REVIEWS_AHEAD; step += 1) {
    // Purchases known today that will still be in the window on the review day.
    const measures = measureOn(activity, review, ladder.windowMonths);
    if (!meetsCriteria(criteria, measures, review, activity.startDay)) {
      const last = graceMonths === 0 ? review : monthEndAfter(review, graceMonths);
      // Seniority reached before the grace ends keeps the level for good.
      if (senior !== null && senior <= last) return permanent;
      return { until: dayToIso(last), keep: gap(criteria, measures) };
    }
    review = periodEnd(review + 1, periodMonths);
  }
  return permanent;
}

function gap(criteria: TierCriteria, measures: WindowMeasures): TierGap {
  return {
    spendLeftCents:
      criteria.spendCents === undefined
        ? null
        : Math.max(0, criteria.spendCents - measures.spendCents),
    visitsLeft:
      criteria.visits === undefined ? null : Math.max(0, criteria.visits - measures.visits),
  };
}

function levelAt(ladder: TierLadder, index: number): TierLevel {
  const level = ladder.levels[index];
  if (level === undefined) throw new RangeError(`No tier level at index ${index}`);
  return level;
}

function isoOrNull(day: number | null): string | null {
  return day === null ? null : dayToIso(day);
}
