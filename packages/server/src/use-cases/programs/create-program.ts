import { type Program, type Reward, validateProgram, validateReward } from '@habitue/loyalty';
import { uuidv7 } from 'uuidv7';
import type { Tx } from '../../db/tenant.ts';
import { appendAudit } from '../../repositories/audit-log.ts';
import { insertProgram, insertReward, type SpendEstimate } from '../../repositories/programs.ts';
import { unwrap } from '../loyalty/rejection.ts';
import type { MerchantScope } from '../scope.ts';
import { programView } from './program-view.ts';

type Localized = { fr: string; en: string };
type WithoutIdentity<T> = T extends unknown ? Omit<T, 'id' | 'version' | 'rewardId'> : never;

export type ProgramDraft = WithoutIdentity<Program>;
export type RewardDraft = { name: Localized; costPriceCents: number; retailValueCents: number };

/**
 * Creates a program. A stamp card is created with its one reward (the card unlocks it, so its
 * cost is the number of stamps); a points program starts with the catalog given, if any.
 */
export async function createProgram(
  tx: Tx,
  scope: MerchantScope,
  input: {
    program: ProgramDraft;
    reward?: RewardDraft;
    catalog?: (RewardDraft & { cost: number })[];
    spendEstimate?: SpendEstimate;
  },
) {
  const id = uuidv7();
  const rewardId = uuidv7();
  const program = unwrap(
    validateProgram(
      (input.program.kind === 'stamps'
        ? { ...input.program, id, version: 1, rewardId }
        : { ...input.program, id, version: 1 }) as Program,
    ),
  );
  const drafts: Reward[] =
    program.kind === 'stamps'
      ? [
          {
            id: rewardId,
            programId: id,
            cost: program.stampsPerCard,
            ...requireCardReward(input.reward),
          },
        ]
      : (input.catalog ?? []).map((r) => ({ ...r, id: uuidv7(), programId: id }));
  const rewards = drafts.map((r) => unwrap(validateReward(r, program)));
  const saved = await insertProgram(tx, scope.merchantId, program, input.spendEstimate ?? {});
  for (const reward of rewards) await insertReward(tx, scope.merchantId, reward);
  await appendAudit(tx, scope.merchantId, scope.actor, scope.now, {
    action: 'program.created',
    subjectType: 'program',
    subjectId: id,
    details: { kind: program.kind },
  });
  return programView(saved.row, rewards);
}

function requireCardReward(reward: RewardDraft | undefined): RewardDraft {
  if (!reward) {
    return unwrap({ ok: false, code: 'invalid_program', detail: { field: 'reward' } });
  }
  return reward;
}
