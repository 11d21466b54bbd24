import { uuidv7 } from 'uuidv7';
import { digest, newApiKey } from '../../auth/tokens.ts';
import { withMerchant } from '../../db/tenant.ts';
import { insertApiKey } from '../../repositories/api-keys.ts';
import { appendAudit } from '../../repositories/audit-log.ts';
import type { MerchantScope } from '../scope.ts';

/** Creates a named key for a point-of-sale integration. The key itself is returned only once. */
export function createApiKey(scope: MerchantScope, name: string) {
  const { db, merchantId, actor, now } = scope;
  const { key, prefix } = newApiKey();
  return withMerchant(db, merchantId, async (tx) => {
    const row = await insertApiKey(tx, {
      merchantId,
      id: uuidv7(),
      name,
      prefix,
      hash: digest(key),
      createdBy: actor.type === 'user' ? actor.id : null,
    });
    await appendAudit(tx, merchantId, actor, now, {
      action: 'api_key.created',
      subjectType: 'api_key',
      subjectId: row.id,
      details: { name },
    });
    return { ...row, key };
  });
}
