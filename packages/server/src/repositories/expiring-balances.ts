import type { Standing } from '@habitue/loyalty';
import type { Tx } from '../db/tenant.ts';

export type HeldBalance = { customerId: string; programId: string; standing: Standing };

/**
 * Positive balances of one shop in `programIds`, from the snapshots kept next to the ledger
 * (`loyalty_balances`), oldest last activity first: what the notice of an expiry ahead reads
 * without summing anyone's history.
 */
export async function listHeldBalances(
  tx: Tx,
  merchantId: string,
  programIds: readonly string[],
): Promise<HeldBalance[]> {
  if (programIds.length === 0) return [];
  const rows = await tx
    .selectFrom('loyalty_balances')
    .select(['customer_id', 'program_id', 'balance', 'last_activity_at', 'clawback_owed'])
    .where('merchant_id', '=', merchantId)
    .where('program_id', 'in', programIds)
    .where('balance', '>', 0)
    .where('last_activity_at', 'is not', null)
    .orderBy('last_activity_at')
    .orderBy('customer_id')
    .execute();
  return rows.map((r) => ({
    customerId: r.customer_id,
    programId: r.program_id,
    standing: {
      balance: Number(r.balance),
      lastActivityAt: r.last_activity_at === null ? null : new Date(r.last_activity_at),
      clawbackOwed: Number(r.clawback_owed),
    },
  }));
}
