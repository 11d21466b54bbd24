import type { Tx } from '../../db/tenant.ts';
import { AppError, notFound } from '../../errors/app-error.ts';
import { appendAudit } from '../../repositories/audit-log.ts';
import { findGoalForUpdate, updateGoalRow } from '../../repositories/goals.ts';
import type { MerchantScope } from '../scope.ts';
import { loadSteeringData } from './goal-history.ts';
import { checkDeadline } from './goal-rules.ts';
import { goalSubject, goalView } from './goal-view.ts';

export type GoalChanges = {
  name?: string | null | undefined;
  target?: number | undefined;
  deadline?: string | undefined;
  archived?: boolean | undefined;
};

/**
 * Renames a goal, moves its target or its deadline (a revised goal is still measured from the
 * same baseline), or archives it. An archived goal is kept as it was: `goal_archived`.
 */
export async function updateGoal(tx: Tx, scope: MerchantScope, id: string, changes: GoalChanges) {
  const row = await findGoalForUpdate(tx, scope.merchantId, id);
  if (!row) throw notFound('Goal');
  if (row.archived_at !== null) {
    throw new AppError('goal_archived', 'An archived goal cannot be changed');
  }
  const segment = goalSubject(row).segment;
  const data = await loadSteeringData(scope, segment?.kind === 'tag' ? [segment.tag] : []);
  if (changes.deadline !== undefined) checkDeadline(changes.deadline, data.today);
  const set: { name?: string | null; target?: number; deadline?: string; archived_at?: Date } = {};
  if (changes.name !== undefined) set.name = changes.name?.trim() || null;
  if (changes.target !== undefined) set.target = changes.target;
  if (changes.deadline !== undefined) set.deadline = changes.deadline;
  if (changes.archived === true) set.archived_at = scope.now;
  await updateGoalRow(tx, scope.merchantId, id, set, scope.now);
  await appendAudit(tx, scope.merchantId, scope.actor, scope.now, {
    action: changes.archived ? 'goal.archived' : 'goal.updated',
    subjectType: 'goal',
    subjectId: id,
    details: { ...set },
  });
  return goalView({ ...row, ...set }, data);
}
