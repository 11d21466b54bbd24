import { DAY_MS } from '../clv/purchase.ts';

/** One measure of a goal's metric: the instant (exclusive end of its window) and the value. */
export interface GoalPoint {
  readonly at: number;
  readonly value: number | null;
}

/**
 * Where a goal stands: reached, on its way (the trend reaches the target by the deadline),
 * late (it does not), missed (the deadline passed short of it), or too early to say (fewer
 * than 3 measures over less than 14 days since the start).
 */
export type GoalStatus = 'achieved' | 'on_track' | 'late' | 'missed' | 'too_early';

export interface GoalProgressInput {
  readonly baseline: number;
  readonly target: number;
  readonly startAt: number;
  readonly deadlineAt: number;
  readonly now: number;
  /** Measures since the start, oldest first (see `goalCheckpoints`). */
  readonly points: readonly GoalPoint[];
}

export interface GoalProgress {
  /** The latest measure (null when nothing could be measured). */
  readonly current: number | null;
  /** Share of the way from baseline to target covered, in % (may be below 0 or above 100). */
  readonly percentDone: number | null;
  /** The least-squares line through the measures since the start, extended to the deadline. */
  readonly trend: { readonly perDay: number; readonly projectedAtDeadline: number } | null;
  readonly status: GoalStatus;
}

/** Measures needed before the trend says anything, and the span they must cover. */
export const TREND_MIN_POINTS = 3;
export const TREND_MIN_DAYS = 14;

/**
 * Progress of a goal: how far it came and whether the trend gets there in time. The trend is
 * an ordinary least-squares line over every measure since the start (baseline included),
 * projected to the deadline; a goal is on track when that projection reaches the target.
 *
 * @example
 * // baseline 1.5, target 2 in 180 days; after 60 days measures rose steadily to 1.7
 * goalProgress({ baseline: 1.5, target: 2, startAt: 0, deadlineAt: 180 * DAY_MS, now: 60 * DAY_MS, points });
 * // { current: 1.7, percentDone: 40, trend: { perDay: 0.0033…, projectedAtDeadline: 2.1 }, status: 'on_track' }
 */
export function goalProgress(input: GoalProgressInput): GoalProgress {
  const { baseline, target } = input;
  const measured = input.points.filter(
    (p): p is GoalPoint & { value: number } => p.value !== null && Number.isFinite(p.value),
  );
  const last = measured.at(-1);
  const current = last?.value ?? null;
  const span = target - baseline;
  const percentDone = current === null || span === 0 ? null : ((current - baseline) / span) * 100;
  const trend = leastSquares(measured, input.deadlineAt);
  const reaches = (value: number) => (span >= 0 ? value >= target : value <= target);
  let status: GoalStatus;
  if (input.now >= input.deadlineAt) {
    status = current !== null && reaches(current) ? 'achieved' : 'missed';
  } else if (current !== null && reaches(current) && span !== 0) {
    status = 'achieved';
  } else if (!trend) {
    status = 'too_early';
  } else {
    status = reaches(trend.projectedAtDeadline) ? 'on_track' : 'late';
  }
  return { current, percentDone, trend, status };
}

function leastSquares(
  points: readonly { at: number; value: number }[],
  deadlineAt: number,
): GoalProgress['trend'] {
  if (points.length < TREND_MIN_POINTS) return null;
  const first = points[0]!.at;
  if (points.at(-1)!.at - first < TREND_MIN_DAYS * DAY_MS) return null;
  // Days since the first point keep the sums small and the slope in "per day".
  const xs = points.map((p) => (p.at - first) / DAY_MS);
  const meanX = xs.reduce((a, b) => a + b, 0) / xs.length;
  const meanY = points.reduce((a, p) => a + p.value, 0) / points.length;
  let sxy = 0;
  let sxx = 0;
  points.forEach((p, i) => {
    sxy += (xs[i]! - meanX) * (p.value - meanY);
    sxx += (xs[i]! - meanX) ** 2;
  });
  const perDay = sxx === 0 ? 0 : sxy / sxx;
  const projectedAtDeadline = meanY + perDay * ((deadlineAt - first) / DAY_MS - meanX);
  return { perDay, projectedAtDeadline };
}

/**
 * The instants a goal is measured at: its start, every `stepDays` after, and the end (today,
 * or the deadline once passed).
 * @example goalCheckpoints(0, 20 * DAY_MS) // [0, 7 d, 14 d, 20 d]
 */
export function goalCheckpoints(startAt: number, endAt: number, stepDays = 7): number[] {
  const points: number[] = [];
  for (let at = startAt; at < endAt; at += stepDays * DAY_MS) points.push(at);
  points.push(Math.max(startAt, endAt));
  return points;
}
