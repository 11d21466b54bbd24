import { uuidv7 } from 'uuidv7';
import type { Tx } from '../db/tenant.ts';
import type { Actor } from '../use-cases/scope.ts';

export type AuditEntry = {
  action: string;
  subjectType?: string;
  subjectId?: string;
  details?: Record<string, unknown>;
};

/** Appends "who did what" inside the same transaction as the change it describes. */
export async function appendAudit(
  tx: Tx,
  merchantId: string,
  actor: Actor,
  at: Date,
  entry: AuditEntry,
): Promise<void> {
  await tx
    .insertInto('audit_log')
    .values({
      merchant_id: merchantId,
      id: uuidv7(),
      occurred_at: at,
      actor_type: actor.type,
      actor_id: actor.id,
      action: entry.action,
      subject_type: entry.subjectType ?? null,
      subject_id: entry.subjectId ?? null,
      details: JSON.stringify(entry.details ?? {}),
    })
    .execute();
}

export async function listAudit(
  tx: Tx,
  merchantId: string,
  options: { limit: number; before?: string },
) {
  let query = tx
    .selectFrom('audit_log')
    .selectAll()
    .where('merchant_id', '=', merchantId)
    .orderBy('id', 'desc')
    .limit(options.limit);
  if (options.before) query = query.where('id', '<', options.before);
  return query.execute();
}
