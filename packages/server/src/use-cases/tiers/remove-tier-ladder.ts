import type { Tx } from '../../db/tenant.ts';
import { notFound } from '../../errors/app-error.ts';
import { appendAudit } from '../../repositories/audit-log.ts';
import { deleteTierLadder } from '../../repositories/tiers.ts';
import type { MerchantScope } from '../scope.ts';

/** Ends tiers for the shop: cards show no level and purchases earn at ×1 from now on. */
export async function removeTierLadder(tx: Tx, scope: MerchantScope) {
  if (!(await deleteTierLadder(tx, scope.merchantId))) throw notFound('Tier ladder');
  await appendAudit(tx, scope.merchantId, scope.actor, scope.now, {
    action: 'tiers.removed',
    subjectType: 'tier_ladder',
    subjectId: scope.merchantId,
    details: {},
  });
  return { ladder: null, version: null, updatedAt: null };
}
