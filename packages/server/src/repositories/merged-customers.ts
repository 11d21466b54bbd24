import type { Tx } from '../db/tenant.ts';

/**
 * The customers whose append-only rows (club fees, cause shares) count as these customers':
 * themselves and every duplicate merged into them. Such rows cannot follow a merge — the
 * application may only add to those tables — so the survivor's reads take them in by
 * `merged_into` (always the final survivor: merges are flattened, no chain to follow).
 * @example
 * tx.selectFrom('club_events').where('customer_id', 'in', customersMergedWith(tx, m, [id]))
 */
export function customersMergedWith(tx: Tx, merchantId: string, ids: readonly string[]) {
  return tx
    .selectFrom('customers')
    .select('id')
    .where('merchant_id', '=', merchantId)
    .where((eb) => eb.or([eb('id', 'in', [...ids]), eb('merged_into', 'in', [...ids])]));
}
