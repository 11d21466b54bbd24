import { withMerchant } from '../../db/tenant.ts';
import { notFound } from '../../errors/app-error.ts';
import { findWebhook } from '../../repositories/webhooks.ts';
import type { MerchantScope } from '../scope.ts';

export function getWebhook(scope: MerchantScope, id: string) {
  return withMerchant(scope.db, scope.merchantId, async (tx) => {
    const row = await findWebhook(tx, scope.merchantId, id);
    if (!row) throw notFound('Webhook');
    return row;
  });
}
