import type { Tx } from '../../db/tenant.ts';
import { notFound } from '../../errors/app-error.ts';
import { appendAudit } from '../../repositories/audit-log.ts';
import {
  findProgramRow,
  listRewards,
  archiveProgram as markArchived,
} from '../../repositories/programs.ts';
import type { MerchantScope } from '../scope.ts';
import { programView } from './program-view.ts';

/**
 * Stops a program: purchases no longer earn in it. Balances and vouchers already earned stay
 * on the customers' cards and can still be redeemed; refunds still reverse what it gave.
 */
export async function archiveProgram(tx: Tx, scope: MerchantScope, id: string) {
  if (!(await findProgramRow(tx, scope.merchantId, id))) throw notFound('Program');
  await markArchived(tx, scope.merchantId, id, scope.now);
  await appendAudit(tx, scope.merchantId, scope.actor, scope.now, {
    action: 'program.archived',
    subjectType: 'program',
    subjectId: id,
  });
  const row = (await findProgramRow(tx, scope.merchantId, id))!;
  return programView(
    row,
    await listRewards(tx, scope.merchantId, { programId: id, includeArchived: true }),
  );
}
