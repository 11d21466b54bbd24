import { withMerchant } from '../../db/tenant.ts';
import { notFound } from '../../errors/app-error.ts';
import { findApiKey, revokeApiKey as markRevoked } from '../../repositories/api-keys.ts';
import { appendAudit } from '../../repositories/audit-log.ts';
import type { MerchantScope } from '../scope.ts';

/** Revokes a key at once; revoking an already revoked key returns it unchanged. */
export function revokeApiKey(scope: MerchantScope, id: string) {
  const { db, merchantId, actor, now } = scope;
  return withMerchant(db, merchantId, async (tx) => {
    const revoked = await markRevoked(tx, merchantId, id, now);
    if (!revoked) {
      const existing = await findApiKey(tx, merchantId, id);
      if (!existing) throw notFound('API key');
      return existing;
    }
    await appendAudit(tx, merchantId, actor, now, {
      action: 'api_key.revoked',
      subjectType: 'api_key',
      subjectId: id,
    });
    return revoked;
  });
}
