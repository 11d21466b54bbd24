import type { Tx } from '../../db/tenant.ts';
import { AppError, notFound } from '../../errors/app-error.ts';
import { appendAudit } from '../../repositories/audit-log.ts';
import {
  findFollowUpItem,
  findFollowUpItemForUpdate,
  markFollowUpItemDone,
} from '../../repositories/follow-up-items.ts';
import { recordInteraction } from '../interactions/record-interaction.ts';
import type { MerchantScope } from '../scope.ts';

export type FollowUpDone = {
  /** How the customer was reached. */
  kind: 'call' | 'visit' | 'email';
  outcome: string;
  minutesSpent?: number | undefined;
};

/**
 * Marks an item done: how it went becomes an interaction on the customer's page (a call, a
 * visit or an email, with its outcome and time spent), in the same transaction. An item is
 * done once; a second "done" is refused (`follow_up_already_done`), the first outcome stands.
 */
export async function completeFollowUpItem(
  tx: Tx,
  scope: MerchantScope,
  itemId: string,
  done: FollowUpDone,
) {
  const { merchantId, actor, now } = scope;
  const item = await findFollowUpItemForUpdate(tx, merchantId, itemId);
  if (!item) throw notFound('Follow-up item');
  if (item.status === 'done') {
    throw new AppError('follow_up_already_done', 'This follow-up is already done');
  }
  const outcome = done.outcome.trim();
  if (outcome === '') {
    throw new AppError('validation_failed', 'Say how it went', {
      fields: [{ field: 'outcome', message: 'is required', code: 'required' }],
    });
  }
  const interaction = await recordInteraction(tx, scope, item.customer_id, {
    kind: done.kind,
    outcome,
    minutesSpent: done.minutesSpent,
  });
  await markFollowUpItemDone(tx, merchantId, itemId, {
    outcome,
    interactionId: interaction.id,
    by: actor,
    at: now,
  });
  await appendAudit(tx, merchantId, actor, now, {
    action: 'customer.follow_up_done',
    subjectType: 'customer',
    subjectId: item.customer_id,
    details: { followUpItemId: itemId, reason: item.reason, interactionId: interaction.id },
  });
  return (await findFollowUpItem(tx, merchantId, itemId))!;
}
