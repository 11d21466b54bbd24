import { withMerchant } from '../../db/tenant.ts';
import { notFound } from '../../errors/app-error.ts';
import { findWebhook, listDeliveries } from '../../repositories/webhooks.ts';
import type { MerchantScope } from '../scope.ts';

/** A webhook's latest deliveries, each with every try: when, the answer, how long, why it failed. */
export function listWebhookDeliveries(scope: MerchantScope, webhookId: string, limit: number) {
  return withMerchant(scope.db, scope.merchantId, async (tx) => {
    if (!(await findWebhook(tx, scope.merchantId, webhookId))) throw notFound('Webhook');
    return listDeliveries(tx, scope.merchantId, webhookId, limit);
  });
}
