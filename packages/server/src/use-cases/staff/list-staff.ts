import { withMerchant } from '../../db/tenant.ts';
import { listStaff as list } from '../../repositories/users.ts';
import type { MerchantScope } from '../scope.ts';

/** The team, oldest member first. */
export async function listStaff(scope: Pick<MerchantScope, 'db' | 'merchantId'>) {
  const rows = await withMerchant(scope.db, scope.merchantId, (tx) => list(tx, scope.merchantId));
  return rows.map((r) => ({ id: r.id, email: r.email, displayName: r.display_name, role: r.role }));
}
