import type { AdjustmentPolicy } from '@habitue/loyalty';
import type { Tx } from '../db/tenant.ts';

/** The roles an owner sets adjustment limits for; others are held to the sanity cap only. */
export type LimitedRole = 'staff' | 'integration';

/** The owner's limits per role; a role without a row has the default policy. */
export async function findAdjustmentLimits(
  tx: Tx,
  merchantId: string,
): Promise<Partial<Record<LimitedRole, AdjustmentPolicy>>> {
  const rows = await tx
    .selectFrom('adjustment_limits')
    .select(['role', 'per_adjustment', 'per_day'])
    .where('merchant_id', '=', merchantId)
    .execute();
  return Object.fromEntries(
    rows.map((r) => [r.role, { perAdjustment: r.per_adjustment, perDay: r.per_day }]),
  );
}

export async function saveAdjustmentLimit(
  tx: Tx,
  merchantId: string,
  role: LimitedRole,
  policy: AdjustmentPolicy,
  at: Date,
): Promise<void> {
  const values = { per_adjustment: policy.perAdjustment, per_day: policy.perDay, updated_at: at };
  await tx
    .insertInto('adjustment_limits')
    .values({ merchant_id: merchantId, role, ...values })
    .onConflict((oc) => oc.columns(['merchant_id', 'role']).doUpdateSet(values))
    .execute();
}
