import { withMerchant } from '../../db/tenant.ts';
import { notFound } from '../../errors/app-error.ts';
import { appendAudit } from '../../repositories/audit-log.ts';
import { updateWebhook as update } from '../../repositories/webhooks.ts';
import type { DestinationPolicy } from '../../webhooks/destination.ts';
import type { WebhookEvent } from '../../webhooks/events.ts';
import type { MerchantScope } from '../scope.ts';
import { assertWebhookUrlAllowed } from './webhook-url.ts';

/** Changes the URL, the events or pauses/resumes a webhook; only the fields given. */
export async function updateWebhook(
  scope: MerchantScope,
  id: string,
  input: {
    url?: string | undefined;
    events?: readonly WebhookEvent[] | undefined;
    active?: boolean | undefined;
  },
  policy: DestinationPolicy,
) {
  const { db, merchantId, actor, now } = scope;
  if (input.url !== undefined) await assertWebhookUrlAllowed(input.url, policy);
  const changes = {
    ...(input.url !== undefined ? { url: input.url } : {}),
    ...(input.events !== undefined ? { events: [...new Set(input.events)] } : {}),
    ...(input.active !== undefined ? { active: input.active } : {}),
  };
  return withMerchant(db, merchantId, async (tx) => {
    const row = await update(tx, merchantId, id, changes, now);
    if (!row) throw notFound('Webhook');
    await appendAudit(tx, merchantId, actor, now, {
      action: 'webhook.updated',
      subjectType: 'webhook',
      subjectId: id,
      details: changes,
    });
    return row;
  });
}
