import type { CauseShareRule } from '@habitue/loyalty';
import type { Tx } from '../../db/tenant.ts';
import { AppError, notFound } from '../../errors/app-error.ts';
import { appendAudit } from '../../repositories/audit-log.ts';
import { findCause, saveCauseSettings as saveRow } from '../../repositories/causes.ts';
import type { MerchantScope } from '../scope.ts';
import { readCauses } from './get-causes.ts';

/**
 * Sets what share of each purchase goes to a cause, the cause it goes to by default, and
 * whether customers may choose among the shop's active causes. Applies to purchases from now
 * on; what past purchases gave does not change.
 */
export async function saveCauseSettings(
  tx: Tx,
  scope: MerchantScope,
  input: { rule: CauseShareRule; defaultCauseId: string; customersChoose: boolean },
) {
  const cause = await findCause(tx, scope.merchantId, input.defaultCauseId);
  if (!cause) throw notFound('Cause');
  if (!cause.active) {
    throw new AppError('cause_not_available', 'The default cause must be an active cause', {
      fields: [{ field: 'defaultCauseId', message: 'archived cause', code: 'archived_cause' }],
    });
  }
  await saveRow(tx, scope.merchantId, input, scope.now);
  await appendAudit(tx, scope.merchantId, scope.actor, scope.now, {
    action: 'cause.settings_saved',
    subjectType: 'cause',
    subjectId: input.defaultCauseId,
    details: { rule: input.rule, customersChoose: input.customersChoose },
  });
  return readCauses(tx, scope.merchantId);
}
