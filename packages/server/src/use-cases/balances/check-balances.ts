import { type Kysely, sql } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { asSystem } from '../../db/tenant.ts';
import {
  type BalanceDiscrepancy,
  countBalances,
  findBalanceDiscrepancies,
  rebuildBalances,
} from '../../repositories/loyalty-balances.ts';

export type BalanceCheck = {
  /** Snapshots stored (one per customer and program with any history). */
  checked: number;
  /** Those that did not equal their ledger (before the repair, when repairing). */
  discrepancies: BalanceDiscrepancy[];
  repaired: boolean;
};

/**
 * Proves that every balance snapshot equals what the ledger sums to (the ledger is the truth,
 * the snapshot what purchases read), across all merchants; with `repair`, rebuilds those that
 * do not. The check reads one consistent snapshot of the database and blocks no one. The
 * repair first stops appends to the ledger, vouchers and voucher events for its own short
 * transaction (SHARE locks: reads go on, writes wait), so no write lands between what it sums
 * and what it stores.
 */
export function checkBalances(
  db: Kysely<Database>,
  options: { repair: boolean },
): Promise<BalanceCheck> {
  return asSystem(db, async (tx) => {
    if (options.repair) {
      await sql`lock table ledger_entries, vouchers, voucher_events in share mode`.execute(tx);
    }
    const discrepancies = await findBalanceDiscrepancies(tx);
    const checked = await countBalances(tx);
    if (options.repair) await rebuildBalances(tx, discrepancies);
    return { checked, discrepancies, repaired: options.repair && discrepancies.length > 0 };
  });
}
