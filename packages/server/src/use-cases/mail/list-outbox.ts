import { withMerchant } from '../../db/tenant.ts';
import { listShopOutbox } from '../../repositories/outbox.ts';
import type { MerchantScope } from '../scope.ts';

/** "Messages envoyés": what the shop sent or kept, newest first, with each one's state. */
export async function listOutbox(scope: MerchantScope, page: { limit: number; before?: string }) {
  const rows = await withMerchant(scope.db, scope.merchantId, (tx) =>
    listShopOutbox(tx, scope.merchantId, {
      limit: page.limit,
      ...(page.before ? { before: new Date(page.before) } : {}),
    }),
  );
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    channel: r.channel,
    segments: r.segments,
    category: r.category,
    to: r.to_address,
    subject: r.subject,
    text: r.text_body,
    status: r.status,
    attempts: r.attempts,
    lastReply: r.last_reply,
    createdAt: r.created_at.toISOString(),
    sentAt: r.sent_at?.toISOString() ?? null,
    nextAttemptAt: r.status === 'queued' ? r.next_attempt_at.toISOString() : null,
  }));
}
