import {
  DAY_MS,
  GOAL_METRIC_UNITS,
  type GoalMetric,
  type GoalSegment,
  goalCheckpoints,
  goalProgress,
  measureGoalMetric,
  segmentMembership,
} from '@habitue/analytics';
import type { GoalRow } from '../../repositories/goals.ts';
import { dayToIso, isoToDay } from '../analytics/local-day.ts';
import type { SteeringData } from './goal-history.ts';

/** A goal's metric and segment, as stored. */
export type GoalSubject = { metric: GoalMetric; segment: GoalSegment | null };

/**
 * The metric's value at the end of the shop's local day `day` (its window ends at the
 * following midnight). Null when there is nothing to measure.
 */
export function measureOnDay(subject: GoalSubject, data: SteeringData, day: number) {
  const { metric, segment } = subject;
  const inSegment = segment
    ? segmentMembership(
        segment,
        data.history,
        segment.kind === 'tag' ? (data.tagged.get(segment.tag) ?? new Set()) : new Set(),
      )
    : undefined;
  return measureGoalMetric(
    metric,
    data.history,
    (day + 1) * DAY_MS,
    inSegment ? { inSegment } : {},
  );
}

/**
 * A goal as the API shows it: what it is, where it stands (`progress`), and its measures week
 * by week since it was set (`series`, for the chart; the first one is the baseline).
 */
export function goalView(row: GoalRow, data: SteeringData) {
  const subject = goalSubject(row);
  const startDay = isoToDay(row.starts_on);
  const deadlineDay = isoToDay(row.deadline);
  const endDay = Math.min(data.today, deadlineDay);
  const days = goalCheckpoints(startDay * DAY_MS, Math.max(startDay, endDay) * DAY_MS).map((at) =>
    Math.round(at / DAY_MS),
  );
  const series = days.map((day, i) => ({
    date: dayToIso(day),
    value: i === 0 ? row.baseline : measureOnDay(subject, data, day),
  }));
  const progress = goalProgress({
    baseline: row.baseline,
    target: row.target,
    startAt: startDay * DAY_MS,
    deadlineAt: deadlineDay * DAY_MS,
    now: data.today * DAY_MS,
    points: series.map((p, i) => ({ at: days[i]! * DAY_MS, value: p.value })),
  });
  return {
    id: row.id,
    name: row.name,
    metric: subject.metric,
    unit: GOAL_METRIC_UNITS[subject.metric],
    segment: subject.segment,
    template: row.template,
    baseline: row.baseline,
    target: row.target,
    startsOn: row.starts_on,
    deadline: row.deadline,
    archived: row.archived_at !== null,
    progress: {
      current: progress.current,
      percentDone: progress.percentDone,
      status: progress.status,
      trendPerDay: progress.trend?.perDay ?? null,
      projectedAtDeadline: progress.trend?.projectedAtDeadline ?? null,
    },
    series,
  };
}

export function goalSubject(row: Pick<GoalRow, 'metric' | 'segment'>): GoalSubject {
  return { metric: row.metric as GoalMetric, segment: row.segment as GoalSegment | null };
}
