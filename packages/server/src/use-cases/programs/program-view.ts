import { assessRewardEconomics, type Program, type Reward } from '@habitue/loyalty';
import type { Selectable } from 'kysely';
import type { ProgramsTable } from '../../db/schema.ts';
import { programOf } from '../../repositories/loyalty-rows.ts';

/**
 * A program as the API shows it: its rules, its rewards, and for each reward the economics
 * (cost ratio against the 1–5 % guideline) computed by the loyalty rules — or why they cannot
 * be computed yet (e.g. no average basket given for a per-visit card).
 */
export function programView(row: Selectable<ProgramsTable>, rewards: readonly Reward[]) {
  const program: Program = programOf(row);
  const estimate = row.spend_estimate ?? {};
  return {
    ...program,
    spendEstimate: estimate,
    archivedAt: row.archived_at?.toISOString() ?? null,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    rewards: rewards
      .filter((r) => r.programId === program.id)
      .map((reward) => {
        const economics = assessRewardEconomics({ program, reward, estimate });
        return {
          ...reward,
          archived: reward.archived ?? false,
          economics: economics.ok ? economics.value : null,
          economicsUnavailable: economics.ok ? null : economics.code,
        };
      }),
  };
}

export type ProgramView = ReturnType<typeof programView>;
