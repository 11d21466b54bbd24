import type { components } from '../../api/schema.d.ts';
import type { Program } from '../programs/model.ts';

type LedgerEntry = components['schemas']['Ledger']['items'][number];

/** A reward the customer obtained: a full stamp card or points exchanged, turned into a voucher. */
export type RewardObtained = {
  id: string;
  at: string;
  programId: string;
  /** The catalog reward for points; null for a stamp card, whose reward is the program's. */
  rewardId: string | null;
  how: 'card_completed' | 'redemption';
  /** Stamps or points it took (positive). */
  spent: number;
  unit: string;
};

/**
 * The ledger's `redeem` entries caused by a completed card or a points redemption, in the
 * ledger's order (newest first); other entries are left out.
 * @example rewardsObtained(ledger.items).map((r) => r.at)
 */
export function rewardsObtained(entries: LedgerEntry[]): RewardObtained[] {
  return entries.flatMap((e) => {
    const type = e.cause.type;
    if (e.kind !== 'redeem' || (type !== 'card_completed' && type !== 'redemption')) return [];
    const cited = e.cause.rewardId;
    const rewardId = type === 'redemption' && typeof cited === 'string' ? cited : null;
    return [
      {
        id: e.id,
        at: e.occurredAt,
        programId: e.programId,
        rewardId,
        how: type,
        spent: Math.abs(e.delta),
        unit: e.unit,
      },
    ];
  });
}

/** The reward's name as the programs describe it: the catalog entry, or the stamp card's reward. */
export function rewardOf(obtained: RewardObtained, programs: Program[]) {
  const program = programs.find((p) => p.id === obtained.programId);
  if (!program) return undefined;
  const rewardId = obtained.rewardId ?? (program.kind === 'stamps' ? program.rewardId : null);
  return { program, reward: program.rewards.find((r) => r.id === rewardId) };
}
