import { type AdjustmentPolicy, DEFAULT_ADJUSTMENT_POLICY } from '@habitue/loyalty';
import type { Tx } from '../../db/tenant.ts';
import { findAdjustmentLimits, type LimitedRole } from '../../repositories/adjustment-limits.ts';

/** The limits in force for each limited role: the owner's, or the default. */
export type AdjustmentPolicies = Record<LimitedRole, AdjustmentPolicy>;

export async function loadAdjustmentPolicies(
  tx: Tx,
  merchantId: string,
): Promise<AdjustmentPolicies> {
  const saved = await findAdjustmentLimits(tx, merchantId);
  return {
    staff: saved.staff ?? DEFAULT_ADJUSTMENT_POLICY,
    integration: saved.integration ?? DEFAULT_ADJUSTMENT_POLICY,
  };
}
