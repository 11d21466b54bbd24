import { uuidv7 } from 'uuidv7';
import { withMerchant } from '../../db/tenant.ts';
import { appendAudit } from '../../repositories/audit-log.ts';
import { insertWebhook } from '../../repositories/webhooks.ts';
import type { DestinationPolicy } from '../../webhooks/destination.ts';
import type { WebhookEvent } from '../../webhooks/events.ts';
import { newWebhookSecret } from '../../webhooks/signature.ts';
import type { MerchantScope } from '../scope.ts';
import { assertWebhookUrlAllowed } from './webhook-url.ts';

/** Registers an endpoint for `events`. Its signing secret is returned this once. */
export async function createWebhook(
  scope: MerchantScope,
  input: { url: string; events: readonly WebhookEvent[] },
  policy: DestinationPolicy,
) {
  const { db, merchantId, actor, now } = scope;
  await assertWebhookUrlAllowed(input.url, policy);
  const secret = newWebhookSecret();
  const events = [...new Set(input.events)];
  return withMerchant(db, merchantId, async (tx) => {
    const row = await insertWebhook(tx, {
      merchantId,
      id: uuidv7(),
      url: input.url,
      events,
      secret,
      now,
    });
    await appendAudit(tx, merchantId, actor, now, {
      action: 'webhook.created',
      subjectType: 'webhook',
      subjectId: row.id,
      details: { url: input.url, events },
    });
    return { ...row, secret };
  });
}
