import { withMerchant } from '../../db/tenant.ts';
import { saveAdjustmentLimit } from '../../repositories/adjustment-limits.ts';
import { appendAudit } from '../../repositories/audit-log.ts';
import type { MerchantScope } from '../scope.ts';
import { type AdjustmentPolicies, loadAdjustmentPolicies } from './adjustment-policy.ts';

/** The owner sets what cashiers and API keys may adjust by hand; audited. */
export function setAdjustmentPolicy(scope: MerchantScope, policies: AdjustmentPolicies) {
  const { db, merchantId, actor, now } = scope;
  return withMerchant(db, merchantId, async (tx) => {
    await saveAdjustmentLimit(tx, merchantId, 'staff', policies.staff, now);
    await saveAdjustmentLimit(tx, merchantId, 'integration', policies.integration, now);
    await appendAudit(tx, merchantId, actor, now, {
      action: 'adjustment_policy.updated',
      subjectType: 'merchant',
      subjectId: merchantId,
      details: policies,
    });
    return loadAdjustmentPolicies(tx, merchantId);
  });
}
