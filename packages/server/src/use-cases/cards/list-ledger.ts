import { withMerchant } from '../../db/tenant.ts';
import { notFound } from '../../errors/app-error.ts';
import { findAdjustments } from '../../repositories/balance-adjustments.ts';
import { findCustomer } from '../../repositories/customers.ts';
import { ledgerPage } from '../../repositories/ledger.ts';
import type { MerchantScope } from '../scope.ts';

/**
 * The customer's ledger, newest first: every stamp and point with its cause, and for manual
 * adjustments who made them and why (kept beside the ledger, where an erasure can redact it).
 */
export async function listLedger(
  scope: Pick<MerchantScope, 'db' | 'merchantId'>,
  customerId: string,
  options: { limit: number; before?: string },
) {
  const { rows, adjustments } = await withMerchant(scope.db, scope.merchantId, async (tx) => {
    if (!(await findCustomer(tx, scope.merchantId, customerId))) throw notFound('Customer');
    const rows = await ledgerPage(tx, scope.merchantId, customerId, {
      ...options,
      limit: options.limit + 1,
    });
    const ids = rows.filter((r) => r.cause_type === 'staff_adjustment').map((r) => r.cause_ref!);
    return { rows, adjustments: await findAdjustments(tx, scope.merchantId, ids) };
  });
  const page = rows.slice(0, options.limit);
  const why = new Map(
    adjustments.map((a) => [
      a.id,
      {
        reasonCode: a.reason_code,
        reason: a.reason,
        by: a.user_name ?? a.user_email ?? a.key_name ?? null,
      },
    ]),
  );
  return {
    items: page.map((r) => ({
      id: r.id,
      programId: r.program_id,
      programVersion: r.program_version,
      kind: r.kind,
      unit: r.unit,
      delta: r.delta,
      cause: r.cause,
      actorType: r.actor_type,
      actorId: r.actor_id,
      occurredAt: r.occurred_at.toISOString(),
      adjustment: (r.kind === 'adjust' && r.cause_ref && why.get(r.cause_ref)) || null,
    })),
    nextCursor: rows.length > options.limit ? (page.at(-1)?.id ?? null) : null,
  };
}
