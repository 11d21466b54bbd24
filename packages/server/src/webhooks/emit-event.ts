import { uuidv7 } from 'uuidv7';
import type { Tx } from '../db/tenant.ts';
import { DEMO } from '../demo/seed-demo-shop.ts';
import { findMerchantById } from '../repositories/merchants.ts';
import { insertDelivery, subscribedWebhooks } from '../repositories/webhooks.ts';
import type { MerchantScope } from '../use-cases/scope.ts';
import { enqueueDelivery } from './deliver-webhook.ts';
import type { WebhookEvent } from './events.ts';

/**
 * Announces that something happened, to every active webhook of the merchant subscribed to
 * `type`: a delivery and its first sending job are written in the caller's transaction, so an
 * event exists if and only if the write that caused it commits. The demo shop announces
 * nothing. The body is fixed now; every try sends the same bytes under the same `webhook-id`.
 * @example await emitEvent(tx, scope, 'customer.created', { customer: { id } });
 */
export async function emitEvent(
  tx: Tx,
  scope: Pick<MerchantScope, 'merchantId' | 'now'>,
  type: WebhookEvent,
  data: Record<string, unknown>,
): Promise<void> {
  const { merchantId, now } = scope;
  const webhooks = await subscribedWebhooks(tx, merchantId, type);
  if (webhooks.length === 0) return;
  if ((await findMerchantById(tx, merchantId))?.slug === DEMO.slug) return;
  const eventId = uuidv7();
  const body = JSON.stringify({ type, timestamp: now.toISOString(), data });
  for (const webhook of webhooks) {
    const deliveryId = uuidv7();
    await insertDelivery(tx, {
      merchantId,
      id: deliveryId,
      webhookId: webhook.id,
      eventId,
      eventType: type,
      body,
      now,
    });
    await enqueueDelivery(tx, {
      merchantId,
      payload: { deliveryId, try: 1 },
      now,
      key: `webhook:${webhook.id}:${eventId}`,
    });
  }
}
