import { GOAL_METRIC_UNITS, GOAL_METRICS, GOAL_TEMPLATES } from '@habitue/analytics';
import { withMerchant } from '../../db/tenant.ts';
import { type GoalRow, listGoalRows } from '../../repositories/goals.ts';
import { steeringDataVersion } from '../../repositories/steering-history.ts';
import type { CustomerMetrics } from '../analytics/customer-metrics.ts';
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
  const { rows, version } = await withMerchant(scope.db, scope.merchantId, async (tx) => ({
    rows: await listGoalRows(tx, scope.merchantId, options),
    version: await steeringDataVersion(tx, scope.merchantId),
  }));
  const today = localDay(scope.now, m.timeZone);
  // Measuring a goal reads the whole history at each weekly checkpoint (16 s of CPU for seven
  // goals at 100,000 customers): kept with the figures' computation they come from, and asked
  // again only when the purchases or customers (a new computation), the consents or tags, the
  // day or the goal itself changed.
  const known = measured.get(m) ?? new Map<string, Measured>();
  measured.set(m, known);
  const keyOf = (what: string) => `${today}|${version}|${what}`;
  const goalKey = (row: GoalRow) => keyOf(JSON.stringify(row));
  const missing = rows.filter((row) => !known.has(goalKey(row)));
  if (missing.length > 0 || !known.has(keyOf('metrics'))) {
    const tags = missing.flatMap((r) => {
      const { segment } = goalSubject(r);
      return segment?.kind === 'tag' ? [segment.tag] : [];
    });
    const data = await loadSteeringData(scope, tags, m);
    for (const row of missing) known.set(goalKey(row), goalView(row, data));
    if (!known.has(keyOf('metrics')))
      known.set(
        keyOf('metrics'),
        // A segment's revenue depends on the segment chosen: no single value to show beforehand.
        GOAL_METRICS.map((metric) => ({
          metric,
          unit: GOAL_METRIC_UNITS[metric],
          current:
            metric === 'segment_revenue'
              ? null
              : measureOnDay({ metric, segment: null }, data, data.today),
        })),
      );
  }
  return {
    today: dayToIso(today),
    goals: rows.map((row) => known.get(goalKey(row)) as ReturnType<typeof goalView>),
    metrics: known.get(keyOf('metrics')) as MetricNow[],
    templates: GOAL_TEMPLATES.map((t) => ({ ...t })),
  };
}

type MetricNow = {
  metric: (typeof GOAL_METRICS)[number];
  unit: (typeof GOAL_METRIC_UNITS)[keyof typeof GOAL_METRIC_UNITS];
  current: number | null;
};
type Measured = ReturnType<typeof goalView> | MetricNow[];

/** Goal views and today's metrics, by the figures' computation they were measured from. */
const measured = new WeakMap<CustomerMetrics, Map<string, Measured>>();
