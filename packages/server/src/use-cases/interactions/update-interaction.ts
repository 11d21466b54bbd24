import type { Tx } from '../../db/tenant.ts';
import { AppError, notFound } from '../../errors/app-error.ts';
import { appendAudit } from '../../repositories/audit-log.ts';
import { findCustomer } from '../../repositories/customers.ts';
import {
  findInteraction,
  findInteractionForUpdate,
  type InteractionChanges,
  updateInteraction,
} from '../../repositories/interactions.ts';
import type { MerchantScope } from '../scope.ts';

/**
 * Follows up an interaction: how it ended, the time it finally took, what was conceded, and
 * for a dispute its status (resolved, rejected, or open again). The kind and date stay: they
 * are what happened.
 */
export async function changeInteraction(
  tx: Tx,
  scope: MerchantScope,
  customerId: string,
  interactionId: string,
  changes: InteractionChanges,
) {
  const { merchantId, actor, now } = scope;
  if (!(await findCustomer(tx, merchantId, customerId))) throw notFound('Customer');
  const found = await findInteractionForUpdate(tx, merchantId, customerId, interactionId);
  if (!found) throw notFound('Interaction');
  if (changes.disputeStatus !== undefined && found.kind !== 'dispute') {
    throw new AppError('validation_failed', 'Only a dispute has a status', {
      fields: [
        { field: 'disputeStatus', message: 'only for a dispute', code: 'only_for_disputes' },
      ],
    });
  }
  await updateInteraction(
    tx,
    merchantId,
    interactionId,
    {
      ...changes,
      ...(changes.outcome !== undefined ? { outcome: changes.outcome?.trim() || null } : {}),
    },
    now,
  );
  await appendAudit(tx, merchantId, actor, now, {
    action: 'customer.interaction_changed',
    subjectType: 'customer',
    subjectId: customerId,
    details: { interactionId, fields: Object.keys(changes) },
  });
  return (await findInteraction(tx, merchantId, customerId, interactionId))!;
}
