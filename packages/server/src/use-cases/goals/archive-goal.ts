import type { Tx } from '../../db/tenant.ts';
import type { MerchantScope } from '../scope.ts';
import { updateGoal } from './update-goal.ts';

/** Takes a goal off the list; it stays stored, with its baseline and target, for the record. */
export function archiveGoal(tx: Tx, scope: MerchantScope, id: string) {
  return updateGoal(tx, scope, id, { archived: true });
}
