import type { LedgerEntry } from '../model/ledger-entry.ts';
import type { Program } from '../model/program.ts';
import type { Reward } from '../model/reward.ts';

/** Why a balance was adjusted by hand. `other` needs a sentence (`reason`, ≥ 10 characters). */
export const ADJUSTMENT_REASON_CODES = ['goodwill', 'till_error', 'paper_card', 'other'] as const;
export type AdjustmentReasonCode = (typeof ADJUSTMENT_REASON_CODES)[number];

/** The shortest free text accepted with `other`: "x" explains nothing. */
export const MIN_OTHER_REASON_LENGTH = 10;

/**
 * What one role may give by hand, in rewards' worth: one card's stamps on a stamp card, the
 * cheapest reward's points on a points program. `perDay` counts what that role gave one
 * customer on one program over the last 24 hours.
 */
export interface AdjustmentPolicy {
  readonly perAdjustment: number;
  readonly perDay: number;
}

/** For cashiers and API keys unless the owner says otherwise: one reward, two a day. */
export const DEFAULT_ADJUSTMENT_POLICY: AdjustmentPolicy = { perAdjustment: 1, perDay: 2 };

/**
 * The most any one adjustment may move, whoever makes it (owners and managers included):
 * 20 rewards' worth. A typo (+1,000,000) must not mint thousands of rewards.
 */
export const ADJUSTMENT_SANITY_CAP = 20;

const DAY_MS = 24 * 60 * 60 * 1000;

/** The limit for one adjustment, in the program's unit; `dailyRemaining` null: no daily limit. */
export interface AdjustmentLimit {
  readonly perAdjustment: number;
  readonly dailyRemaining: number | null;
}

/**
 * One reward's worth in the program's unit: the stamps of one card, or the points of the
 * cheapest reward still on offer (of any reward when all are archived; what 10 € earns when
 * the program has none).
 * @example rewardWorth(card10, []) // 10
 */
export function rewardWorth(program: Program, rewards: readonly Reward[]): number {
  if (program.kind === 'stamps') return program.stampsPerCard;
  const own = rewards.filter((r) => r.programId === program.id);
  const offered = own.filter((r) => !r.archived);
  const costs = (offered.length > 0 ? offered : own).map((r) => r.cost);
  return costs.length > 0 ? Math.min(...costs) : program.pointsPerEuro * 10;
}

/**
 * What `role` credited this customer on `program` by hand since 24 hours before `now`. Credits
 * stamped after `now` count too: `now` is read before the customer's lock is taken, so a
 * concurrent request that got the lock first may have recorded a later one.
 */
export function creditedInLastDay(
  entries: readonly LedgerEntry[],
  program: Program,
  role: string,
  now: Date,
): number {
  const since = now.getTime() - DAY_MS;
  let total = 0;
  for (const e of entries) {
    if (e.programId !== program.id || e.kind !== 'adjust' || e.delta <= 0) continue;
    if (e.cause.type !== 'staff_adjustment' || e.cause.role !== role) continue;
    const at = e.at.getTime();
    if (at > since) total += e.delta;
  }
  return total;
}

export interface AdjustmentLimitInput {
  readonly program: Program;
  readonly rewards: readonly Reward[];
  /** The role's policy; undefined for roles held only to the sanity cap (owner, manager). */
  readonly policy: AdjustmentPolicy | undefined;
  readonly role: string;
  /** The customer's ledger (any program; only `program`'s manual credits count). */
  readonly entries: readonly LedgerEntry[];
  readonly now: Date;
}

/**
 * How much `role` may still adjust this customer's `program` balance now. The per-adjustment
 * limit applies to credits and debits alike; the daily total counts credits only (taking
 * stamps back mints nothing).
 * @example
 * adjustmentLimit({ program: card10, rewards: [], policy: { perAdjustment: 1, perDay: 2 },
 *   role: 'staff', entries: [], now })
 * // { perAdjustment: 10, dailyRemaining: 20 }
 */
export function adjustmentLimit(input: AdjustmentLimitInput): AdjustmentLimit {
  const worth = rewardWorth(input.program, input.rewards);
  const cap = ADJUSTMENT_SANITY_CAP * worth;
  if (!input.policy) return { perAdjustment: cap, dailyRemaining: null };
  const given = creditedInLastDay(input.entries, input.program, input.role, input.now);
  return {
    perAdjustment: Math.min(cap, input.policy.perAdjustment * worth),
    dailyRemaining: Math.max(0, input.policy.perDay * worth - given),
  };
}

/** Whether `delta` fits the limit: within the per-adjustment limit, and credits within the day's. */
export function withinAdjustmentLimit(limit: AdjustmentLimit, delta: number): boolean {
  if (Math.abs(delta) > limit.perAdjustment) return false;
  return delta < 0 || limit.dailyRemaining === null || delta <= limit.dailyRemaining;
}
