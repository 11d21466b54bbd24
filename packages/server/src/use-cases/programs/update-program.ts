import { type Program, validateProgram } from '@habitue/loyalty';
import type { Tx } from '../../db/tenant.ts';
import { AppError, notFound } from '../../errors/app-error.ts';
import { appendAudit } from '../../repositories/audit-log.ts';
import { programOf, rewardOf } from '../../repositories/loyalty-rows.ts';
import {
  findProgramRow,
  findRewardRow,
  listRewards,
  type SpendEstimate,
  saveProgramVersion,
  updateRewardRow,
} from '../../repositories/programs.ts';
import { unwrap } from '../loyalty/rejection.ts';
import type { MerchantScope } from '../scope.ts';
import { programView } from './program-view.ts';

export type ProgramChanges = Partial<Omit<Program, 'id' | 'version' | 'kind' | 'rewardId'>> &
  Record<string, unknown>;

/**
 * Changes a program's rules as a new version. Past ledger entries are untouched (they record
 * the version that produced them), so a change never rewrites what customers already earned.
 */
export async function updateProgram(
  tx: Tx,
  scope: MerchantScope,
  id: string,
  changes: ProgramChanges,
  spendEstimate?: SpendEstimate,
) {
  const row = await findProgramRow(tx, scope.merchantId, id);
  if (!row) throw notFound('Program');
  if (row.archived_at)
    throw new AppError('program_archived', 'An archived program cannot be changed');
  const current = programOf(row);
  // A null clears an optional setting: it is dropped from the rules, not stored as null.
  const cleared = Object.keys(changes).filter((k) => changes[k] === null);
  const kept = Object.fromEntries(
    Object.entries({ ...current, ...changes }).filter(([k]) => !cleared.includes(k)),
  );
  const next = unwrap(
    validateProgram({
      ...kept,
      id,
      kind: current.kind,
      version: current.version + 1,
    } as Program),
  );
  const saved = await saveProgramVersion(
    tx,
    scope.merchantId,
    next,
    spendEstimate ?? row.spend_estimate,
    scope.now,
  );
  if (
    next.kind === 'stamps' &&
    current.kind === 'stamps' &&
    next.stampsPerCard !== current.stampsPerCard
  ) {
    // The card's reward costs exactly one full card.
    const reward = await findRewardRow(tx, scope.merchantId, next.rewardId);
    if (reward)
      await updateRewardRow(
        tx,
        scope.merchantId,
        { ...rewardOf(reward), cost: next.stampsPerCard },
        scope.now,
      );
  }
  await appendAudit(tx, scope.merchantId, scope.actor, scope.now, {
    action: 'program.updated',
    subjectType: 'program',
    subjectId: id,
    details: { version: next.version, fields: Object.keys(changes) },
  });
  return programView(
    saved.row,
    await listRewards(tx, scope.merchantId, { programId: id, includeArchived: true }),
  );
}
