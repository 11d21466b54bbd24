import { withMerchant } from '../../db/tenant.ts';
import { listAudit } from '../../repositories/audit-log.ts';
import type { MerchantScope } from '../scope.ts';

/** One page of the audit log, newest first, with the cursor for the next page. */
export async function listAuditLog(
  scope: Pick<MerchantScope, 'db' | 'merchantId'>,
  input: { limit: number; before?: string },
) {
  const rows = await withMerchant(scope.db, scope.merchantId, (tx) =>
    listAudit(tx, scope.merchantId, { ...input, limit: input.limit + 1 }),
  );
  const page = rows.slice(0, input.limit);
  return {
    items: page.map((r) => ({
      id: r.id,
      occurredAt: r.occurred_at.toISOString(),
      actorType: r.actor_type,
      actorId: r.actor_id,
      action: r.action,
      subjectType: r.subject_type,
      subjectId: r.subject_id,
      details: r.details,
    })),
    nextCursor: rows.length > input.limit ? (page.at(-1)?.id ?? null) : null,
  };
}
