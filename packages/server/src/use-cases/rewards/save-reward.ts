import { type Reward, validateReward } from '@habitue/loyalty';
import { uuidv7 } from 'uuidv7';
import type { Tx } from '../../db/tenant.ts';
import { AppError, notFound } from '../../errors/app-error.ts';
import { appendAudit } from '../../repositories/audit-log.ts';
import { programOf, rewardOf } from '../../repositories/loyalty-rows.ts';
import {
  findProgramRow,
  findRewardRow,
  insertReward,
  updateRewardRow,
} from '../../repositories/programs.ts';
import { unwrap } from '../loyalty/rejection.ts';
import type { MerchantScope } from '../scope.ts';

type Localized = { fr: string; en: string };

/** Adds a reward to a points program's catalog (a stamp card has exactly its own reward). */
export async function addReward(
  tx: Tx,
  scope: MerchantScope,
  input: {
    programId: string;
    name: Localized;
    cost: number;
    costPriceCents: number;
    retailValueCents: number;
  },
) {
  const row = await findProgramRow(tx, scope.merchantId, input.programId);
  if (!row) throw notFound('Program');
  if (row.archived_at)
    throw new AppError('program_archived', 'An archived program gets no new rewards');
  const program = programOf(row);
  if (program.kind === 'stamps') {
    throw new AppError(
      'program_kind_mismatch',
      'A stamp card has one reward, unlocked by a full card; edit that reward instead',
    );
  }
  const reward = unwrap(validateReward({ ...input, id: uuidv7() }, program));
  const saved = await insertReward(tx, scope.merchantId, reward);
  await appendAudit(tx, scope.merchantId, scope.actor, scope.now, {
    action: 'reward.added',
    subjectType: 'reward',
    subjectId: saved.id,
  });
  return saved;
}

/**
 * Changes a reward's name, cost or economics. Vouchers already issued keep the cost they were
 * issued at; a stamp card's reward always costs one full card.
 */
export async function changeReward(
  tx: Tx,
  scope: MerchantScope,
  id: string,
  changes: Partial<Pick<Reward, 'name' | 'cost' | 'costPriceCents' | 'retailValueCents'>> & {
    archived?: boolean;
  },
) {
  const row = await findRewardRow(tx, scope.merchantId, id);
  if (!row) throw notFound('Reward');
  const program = programOf((await findProgramRow(tx, scope.merchantId, row.program_id))!);
  const current = rewardOf(row);
  const cost = program.kind === 'stamps' ? program.stampsPerCard : (changes.cost ?? current.cost);
  const next = unwrap(
    validateReward(
      { ...current, ...changes, cost, archived: changes.archived || current.archived },
      program,
    ),
  );
  const saved = await updateRewardRow(tx, scope.merchantId, next, scope.now);
  await appendAudit(tx, scope.merchantId, scope.actor, scope.now, {
    action: changes.archived ? 'reward.archived' : 'reward.updated',
    subjectType: 'reward',
    subjectId: id,
    details: { fields: Object.keys(changes) },
  });
  return saved;
}
