import { withMerchant } from '../../db/tenant.ts';
import { notFound } from '../../errors/app-error.ts';
import { findCustomer } from '../../repositories/customers.ts';
import { ledgerPage } from '../../repositories/ledger.ts';
import type { MerchantScope } from '../scope.ts';

/** The customer's ledger, newest first: every stamp and point with its cause. */
export async function listLedger(
  scope: Pick<MerchantScope, 'db' | 'merchantId'>,
  customerId: string,
  options: { limit: number; before?: string },
) {
  const rows = await withMerchant(scope.db, scope.merchantId, async (tx) => {
    if (!(await findCustomer(tx, scope.merchantId, customerId))) throw notFound('Customer');
    return ledgerPage(tx, scope.merchantId, customerId, { ...options, limit: options.limit + 1 });
  });
  const page = rows.slice(0, options.limit);
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
    })),
    nextCursor: rows.length > options.limit ? (page.at(-1)?.id ?? null) : null,
  };
}
