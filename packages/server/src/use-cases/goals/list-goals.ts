import { GOAL_METRIC_UNITS, GOAL_METRICS, GOAL_TEMPLATES } from '@habitue/analytics';
import { withMerchant } from '../../db/tenant.ts';
import { listGoalRows } from '../../repositories/goals.ts';
import { dayToIso } from '../analytics/local-day.ts';
import type { MerchantScope } from '../scope.ts';
import { loadSteeringData } from './goal-history.ts';
import { goalSubject, goalView, measureOnDay } from './goal-view.ts';

/**
 * The shop's goals with their progress, the metrics a goal can be set on with today's value
 * (what a new goal's baseline would be), and the seed's four templates.
 */
export async function listGoals(scope: MerchantScope, options: { archived: boolean }) {
  const rows = await withMerchant(scope.db, scope.merchantId, (tx) =>
    listGoalRows(tx, scope.merchantId, options),
  );
  const tags = rows.flatMap((r) => {
    const { segment } = goalSubject(r);
    return segment?.kind === 'tag' ? [segment.tag] : [];
  });
  const data = await loadSteeringData(scope, tags);
  return {
    today: dayToIso(data.today),
    goals: rows.map((row) => goalView(row, data)),
    // A segment's revenue depends on the segment chosen: no single value to show beforehand.
    metrics: GOAL_METRICS.map((metric) => ({
      metric,
      unit: GOAL_METRIC_UNITS[metric],
      current:
        metric === 'segment_revenue'
          ? null
          : measureOnDay({ metric, segment: null }, data, data.today),
    })),
    templates: GOAL_TEMPLATES.map((t) => ({ ...t })),
  };
}
