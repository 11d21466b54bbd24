import { uuidv7 } from 'uuidv7';
import { type ApiKeyScope, DEFAULT_API_KEY_SCOPES } from '../../auth/permissions.ts';
import { digest, newApiKey } from '../../auth/tokens.ts';
import { withMerchant } from '../../db/tenant.ts';
import { insertApiKey } from '../../repositories/api-keys.ts';
import { appendAudit } from '../../repositories/audit-log.ts';
import type { MerchantScope } from '../scope.ts';

/**
 * Creates a named key for an integration, holding `scopes` (by default the counter's:
 * no adjustments, exports or webhooks). The key itself is returned only once.
 */
export function createApiKey(
  scope: MerchantScope,
  input: { name: string; scopes?: readonly ApiKeyScope[] | undefined },
) {
  const { db, merchantId, actor, now } = scope;
  const { name } = input;
  const scopes = [...new Set(input.scopes ?? DEFAULT_API_KEY_SCOPES)];
  const { key, prefix } = newApiKey();
  return withMerchant(db, merchantId, async (tx) => {
    const row = await insertApiKey(tx, {
      merchantId,
      id: uuidv7(),
      name,
      prefix,
      hash: digest(key),
      scopes,
      createdBy: actor.type === 'user' ? actor.id : null,
    });
    await appendAudit(tx, merchantId, actor, now, {
      action: 'api_key.created',
      subjectType: 'api_key',
      subjectId: row.id,
      details: { name, scopes },
    });
    return { ...row, key };
  });
}
