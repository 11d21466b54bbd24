import {
  GOAL_TEMPLATES,
  type GoalMetric,
  type GoalSegment,
  type GoalTarget,
  resolveGoalTarget,
} from '@habitue/analytics';
import { uuidv7 } from 'uuidv7';
import type { Tx } from '../../db/tenant.ts';
import { AppError } from '../../errors/app-error.ts';
import { appendAudit } from '../../repositories/audit-log.ts';
import { insertGoal } from '../../repositories/goals.ts';
import { dayToIso } from '../analytics/local-day.ts';
import type { MerchantScope } from '../scope.ts';
import { loadSteeringData } from './goal-history.ts';
import { checkDeadline } from './goal-rules.ts';
import { goalView, measureOnDay } from './goal-view.ts';

export type GoalInput = {
  name?: string | null | undefined;
  metric: GoalMetric;
  segment?: GoalSegment | null | undefined;
  target: GoalTarget;
  deadline: string;
  template?: string | null | undefined;
};

/**
 * Sets a goal: its baseline is the metric measured now from the shop's data (kept as the
 * starting point), a relative target is turned into the value to reach, and the deadline must
 * be after today in the shop's calendar. A metric with nothing to measure yet (no purchase in
 * its window) cannot start a goal: `goal_not_measurable`.
 */
export async function createGoal(tx: Tx, scope: MerchantScope, input: GoalInput) {
  const segment = input.metric === 'segment_revenue' ? (input.segment ?? null) : null;
  if (input.metric === 'segment_revenue' && !segment) {
    throw new AppError('validation_failed', 'A segment revenue goal needs a segment', {
      fields: [{ field: 'segment', message: 'required', code: 'required' }],
    });
  }
  if (input.template && !GOAL_TEMPLATES.some((t) => t.id === input.template)) {
    throw new AppError('validation_failed', 'Unknown template', {
      fields: [{ field: 'template', message: 'unknown template', code: 'invalid_value' }],
    });
  }
  const data = await loadSteeringData(scope, segment?.kind === 'tag' ? [segment.tag] : []);
  checkDeadline(input.deadline, data.today);
  const subject = { metric: input.metric, segment };
  const baseline = measureOnDay(subject, data, data.today);
  const target = resolveGoalTarget(input.target, baseline);
  if (baseline === null || target === null) {
    throw new AppError(
      'goal_not_measurable',
      'This figure cannot be measured from the shop’s data yet (no purchase in its window)',
      { metric: input.metric },
    );
  }
  const row = {
    id: uuidv7(),
    name: input.name?.trim() || null,
    metric: input.metric,
    segment,
    template: input.template ?? null,
    baseline,
    target,
    starts_on: dayToIso(data.today),
    deadline: input.deadline,
  };
  await insertGoal(tx, scope.merchantId, row, scope.now);
  await appendAudit(tx, scope.merchantId, scope.actor, scope.now, {
    action: 'goal.created',
    subjectType: 'goal',
    subjectId: row.id,
    details: { metric: row.metric, baseline, target, deadline: row.deadline },
  });
  return goalView({ ...row, created_at: scope.now, archived_at: null }, data);
}
