import { withMerchant } from '../../db/tenant.ts';
import { listWebhooks as list } from '../../repositories/webhooks.ts';
import type { MerchantScope } from '../scope.ts';

/** The merchant's webhooks, newest first (secrets are never listed). */
export function listWebhooks(scope: MerchantScope) {
  return withMerchant(scope.db, scope.merchantId, (tx) => list(tx, scope.merchantId));
}
