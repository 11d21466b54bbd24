import { type Tx, withMerchant } from '../../db/tenant.ts';
import { notFound } from '../../errors/app-error.ts';
import { findProgramRow, listProgramRows, listRewards } from '../../repositories/programs.ts';
import type { MerchantScope } from '../scope.ts';
import { programView } from './program-view.ts';

/** The merchant's programs with their rewards and economics, oldest first. */
export function listPrograms(
  scope: Pick<MerchantScope, 'db' | 'merchantId'>,
  options: { includeArchived: boolean },
) {
  return withMerchant(scope.db, scope.merchantId, async (tx) => {
    const rows = await listProgramRows(tx, scope.merchantId, options);
    const rewards = await listRewards(tx, scope.merchantId, { includeArchived: true });
    return rows.map((row) => programView(row, rewards));
  });
}

export function getProgram(scope: Pick<MerchantScope, 'db' | 'merchantId'>, id: string) {
  return withMerchant(scope.db, scope.merchantId, (tx) => readProgram(tx, scope.merchantId, id));
}

/** One program inside an open transaction (e.g. to answer a write with its result). */
export async function readProgram(tx: Tx, merchantId: string, id: string) {
  const row = await findProgramRow(tx, merchantId, id);
  if (!row) throw notFound('Program');
  return programView(
    row,
    await listRewards(tx, merchantId, { programId: id, includeArchived: true }),
  );
}
