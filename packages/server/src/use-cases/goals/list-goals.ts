import { createHash } from 'node:crypto';
import { GOAL_METRIC_UNITS, GOAL_METRICS, GOAL_TEMPLATES } from '@habitue/analytics';
import { withMerchant } from '../../db/tenant.ts';
import {
  findGoalMeasures,
  type GoalMeasure,
  saveGoalMeasures,
} from '../../repositories/goal-measures.ts';
import { type GoalRow, listGoalRows } from '../../repositories/goals.ts';
import { steeringDataVersion } from '../../repositories/steering-history.ts';
import { loadCustomerMetrics } from '../analytics/load-customer-metrics.ts';
import { dayToIso, localDay } from '../analytics/local-day.ts';
import type { MerchantScope } from '../scope.ts';
import { loadSteeringData } from './goal-history.ts';
import { goalSubject, goalView, measureOnDay } from './goal-view.ts';

/**
 * The shop's goals with their progress, the metrics a goal can be set on with today's value
 * (what a new goal's baseline would be), and the seed's four templates.
 */
export async function listGoals(scope: MerchantScope, options: { archived: boolean }) {
  const m = await loadCustomerMetrics(scope);
  const today = localDay(scope.now, m.timeZone);
  // Measuring a goal reads the whole history at each weekly checkpoint (16 s of CPU for seven
  // goals at 100,000 customers): measured once for every server process (`goal_measures`),
  // and again only when what it is measured from changed — the day, the purchases or
  // customers (the figures' data version), the consents or tags, the goal itself.
  const { rows, stored, inputsOf } = await withMerchant(scope.db, scope.merchantId, async (tx) => {
    const rows = await listGoalRows(tx, scope.merchantId, options);
    const shared = [
      String(today),
      m.timeZone,
      m.dataVersion,
      await steeringDataVersion(tx, scope.merchantId),
    ];
    const inputsOf = (subject: string, row?: GoalRow) =>
      fingerprint([...shared, subject, row ? JSON.stringify(row) : '']);
    const wanted = [
      { subject: METRICS, inputs: inputsOf(METRICS) },
      ...rows.map((row) => ({ subject: goalKey(row), inputs: inputsOf(goalKey(row), row) })),
    ];
    return { rows, inputsOf, stored: await findGoalMeasures(tx, scope.merchantId, wanted) };
  });
  const missing = rows.filter((row) => !stored.has(goalKey(row)));
  if (missing.length > 0 || !stored.has(METRICS)) {
    const tags = missing.flatMap((r) => {
      const { segment } = goalSubject(r);
      return segment?.kind === 'tag' ? [segment.tag] : [];
    });
    const data = await loadSteeringData(scope, tags, m);
    const measured: GoalMeasure[] = missing.map((row) => ({
      subject: goalKey(row),
      inputs: inputsOf(goalKey(row), row),
      measured: goalView(row, data),
    }));
    if (!stored.has(METRICS))
      measured.push({
        subject: METRICS,
        inputs: inputsOf(METRICS),
        // A segment's revenue depends on the segment chosen: no single value to show beforehand.
        measured: GOAL_METRICS.map((metric) => ({
          metric,
          unit: GOAL_METRIC_UNITS[metric],
          current:
            metric === 'segment_revenue'
              ? null
              : measureOnDay({ metric, segment: null }, data, data.today),
        })),
      });
    // Stored as JSON, and answered as read back: every process answers the same.
    const saved = JSON.parse(JSON.stringify(measured)) as GoalMeasure[];
    for (const s of saved) stored.set(s.subject, s.measured);
    await withMerchant(scope.db, scope.merchantId, (tx) =>
      saveGoalMeasures(tx, scope.merchantId, measured, scope.now),
    );
  }
  return {
    today: dayToIso(today),
    goals: rows.map((row) => stored.get(goalKey(row)) as ReturnType<typeof goalView>),
    metrics: stored.get(METRICS) as MetricNow[],
    templates: GOAL_TEMPLATES.map((t) => ({ ...t })),
  };
}

/** The subject of today's value of every metric. */
const METRICS = 'metrics';

function goalKey(row: GoalRow): string {
  return `goal:${row.id}`;
}

/** What a measure was measured from, in a few bytes (the goal's row is part of it). */
function fingerprint(parts: readonly string[]): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('base64url');
}

type MetricNow = {
  metric: (typeof GOAL_METRICS)[number];
  unit: (typeof GOAL_METRIC_UNITS)[keyof typeof GOAL_METRIC_UNITS];
  current: number | null;
};
