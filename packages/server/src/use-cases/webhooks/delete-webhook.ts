import { withMerchant } from '../../db/tenant.ts';
import { notFound } from '../../errors/app-error.ts';
import { appendAudit } from '../../repositories/audit-log.ts';
import { deleteWebhook as remove } from '../../repositories/webhooks.ts';
import type { MerchantScope } from '../scope.ts';

/** Deletes a webhook and its delivery history; tries still queued for it find nothing to send. */
export function deleteWebhook(scope: MerchantScope, id: string) {
  const { db, merchantId, actor, now } = scope;
  return withMerchant(db, merchantId, async (tx) => {
    if (!(await remove(tx, merchantId, id))) throw notFound('Webhook');
    await appendAudit(tx, merchantId, actor, now, {
      action: 'webhook.deleted',
      subjectType: 'webhook',
      subjectId: id,
    });
  });
}
