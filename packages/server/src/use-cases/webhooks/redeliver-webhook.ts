import { uuidv7 } from 'uuidv7';
import { withMerchant } from '../../db/tenant.ts';
import { notFound } from '../../errors/app-error.ts';
import { appendAudit } from '../../repositories/audit-log.ts';
import { findDelivery } from '../../repositories/webhooks.ts';
import { enqueueDelivery } from '../../webhooks/deliver-webhook.ts';
import type { MerchantScope } from '../scope.ts';

/**
 * Sends a delivery again now, with the same `webhook-id` and body (receivers deduplicate on
 * the id), whatever its state: after the receiver was fixed, or to replay one.
 */
export function redeliverWebhook(scope: MerchantScope, webhookId: string, deliveryId: string) {
  const { db, merchantId, actor, now } = scope;
  return withMerchant(db, merchantId, async (tx) => {
    const delivery = await findDelivery(tx, merchantId, webhookId, deliveryId);
    if (!delivery) throw notFound('Delivery');
    await enqueueDelivery(tx, {
      merchantId,
      payload: { deliveryId, try: 0 },
      now,
      key: `webhook:${webhookId}:redeliver:${uuidv7()}`,
    });
    await appendAudit(tx, merchantId, actor, now, {
      action: 'webhook.redelivered',
      subjectType: 'webhook',
      subjectId: webhookId,
      details: { deliveryId },
    });
    return { deliveryId, queuedAt: now };
  });
}
