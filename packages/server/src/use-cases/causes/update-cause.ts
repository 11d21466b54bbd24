import type { Tx } from '../../db/tenant.ts';
import { AppError, notFound } from '../../errors/app-error.ts';
import { appendAudit } from '../../repositories/audit-log.ts';
import { findCauseSettings, updateCause as updateCauseRow } from '../../repositories/causes.ts';
import type { MerchantScope } from '../scope.ts';
import { readCauses } from './get-causes.ts';

/**
 * Renames, describes or archives a cause. What it was given stays owed to it; the cause
 * purchases go to by default cannot be archived (choose another one first).
 */
export async function updateCause(
  tx: Tx,
  scope: MerchantScope,
  id: string,
  changes: {
    name?: string | undefined;
    description?: string | null | undefined;
    active?: boolean | undefined;
  },
) {
  if (changes.active === false) {
    const settings = await findCauseSettings(tx, scope.merchantId);
    if (settings?.defaultCauseId === id) {
      throw new AppError('cause_not_available', 'The default cause cannot be archived', {
        fields: [{ field: 'active', message: 'default cause', code: 'default_cause' }],
      });
    }
  }
  const set: { name?: string; description?: string | null; active?: boolean } = {};
  if (changes.name !== undefined) set.name = changes.name.trim();
  if (changes.description !== undefined) set.description = changes.description?.trim() || null;
  if (changes.active !== undefined) set.active = changes.active;
  if (!(await updateCauseRow(tx, scope.merchantId, id, set, scope.now))) throw notFound('Cause');
  await appendAudit(tx, scope.merchantId, scope.actor, scope.now, {
    action: 'cause.updated',
    subjectType: 'cause',
    subjectId: id,
    details: set,
  });
  return readCauses(tx, scope.merchantId);
}
