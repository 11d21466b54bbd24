import { isPositiveWholeNumber, isWholeNumber } from '../ledger/whole-numbers.ts';
import { ok, type Result, reject } from '../result/result.ts';
import {
  TIER_LEVELS_MAX,
  TIER_LEVELS_MIN,
  type TierCriteria,
  type TierLadder,
  type TierLevel,
} from './ladder.ts';

/** Why a ladder was refused, in `detail.reason` (with `detail.field` naming the setting). */
export type LadderProblem =
  | 'level_count'
  | 'duplicate_id'
  | 'duplicate_name'
  | 'empty_name'
  | 'name_too_long'
  | 'invalid_colour'
  | 'lowest_has_criteria'
  | 'no_criteria'
  | 'invalid_threshold'
  | 'duplicate_threshold'
  | 'not_increasing'
  | 'invalid_benefit'
  | 'benefit_decreases'
  | 'invalid_window'
  | 'invalid_review';

export const TIER_NAME_MAX = 40;
export const TIER_PERKS_MAX = 8;
export const TIER_PERK_MAX = 120;
export const TIER_WINDOW_MONTHS_MAX = 36;
/** ×10 at most: a higher multiplier is almost surely a typo for a percentage. */
export const TIER_MULTIPLIER_PERCENT_MAX = 1000;

const PERIODS: readonly number[] = [1, 2, 3, 4, 6, 12];
const CRITERIA = ['spendCents', 'visits', 'seniorityMonths'] as const;

/**
 * Checks a ladder before it is saved. Rejects with `invalid_program`, `detail.field` (e.g.
 * `levels.2.criteria.spendCents`) and `detail.reason` (a `LadderProblem`).
 * @example validateTierLadder({ ...ladder, levels: [bronze] }) // { ok: false, code: 'invalid_program', detail: { field: 'levels', reason: 'level_count' } }
 */
export function validateTierLadder(ladder: TierLadder): Result<TierLadder> {
  const problem = ladderProblem(ladder);
  return problem === null ? ok(ladder) : reject('invalid_program', { ...problem });
}

interface Problem {
  readonly field: string;
  readonly reason: LadderProblem;
}

function ladderProblem(ladder: TierLadder): Problem | null {
  const { levels, windowMonths, review } = ladder;
  if (levels.length < TIER_LEVELS_MIN || levels.length > TIER_LEVELS_MAX) {
    return { field: 'levels', reason: 'level_count' };
  }
  if (!isPositiveWholeNumber(windowMonths) || windowMonths > TIER_WINDOW_MONTHS_MAX) {
    return { field: 'windowMonths', reason: 'invalid_window' };
  }
  if (!PERIODS.includes(review.periodMonths)) {
    return { field: 'review.periodMonths', reason: 'invalid_review' };
  }
  if (!isWholeNumber(review.graceMonths) || review.graceMonths >= review.periodMonths) {
    return { field: 'review.graceMonths', reason: 'invalid_review' };
  }
  for (const [index, level] of levels.entries()) {
    const problem = levelProblem(levels, index, level);
    if (problem !== null) return problem;
  }
  return null;
}

function levelProblem(
  levels: readonly TierLevel[],
  index: number,
  level: TierLevel,
): Problem | null {
  const at = `levels.${index}`;
  const earlier = levels.slice(0, index);
  if (earlier.some((other) => other.id === level.id))
    return { field: `${at}.id`, reason: 'duplicate_id' };
  const name = level.name.trim();
  if (name === '') return { field: `${at}.name`, reason: 'empty_name' };
  if (name.length > TIER_NAME_MAX) return { field: `${at}.name`, reason: 'name_too_long' };
  if (earlier.some((other) => other.name.trim().toLowerCase() === name.toLowerCase())) {
    return { field: `${at}.name`, reason: 'duplicate_name' };
  }
  if (!/^#[0-9a-fA-F]{6}$/.test(level.colour))
    return { field: `${at}.colour`, reason: 'invalid_colour' };
  return criteriaProblem(earlier, index, level.criteria) ?? benefitsProblem(earlier, index, level);
}

function criteriaProblem(
  earlier: readonly TierLevel[],
  index: number,
  criteria: TierCriteria,
): Problem | null {
  const at = `levels.${index}.criteria`;
  const defined = CRITERIA.filter((key) => criteria[key] !== undefined);
  if (index === 0) return defined.length > 0 ? { field: at, reason: 'lowest_has_criteria' } : null;
  if (defined.length === 0) return { field: at, reason: 'no_criteria' };
  for (const key of defined) {
    const value = criteria[key] ?? 0;
    if (!isPositiveWholeNumber(value))
      return { field: `${at}.${key}`, reason: 'invalid_threshold' };
    for (const below of earlier) {
      const lower = below.criteria[key];
      if (lower === undefined) continue;
      if (lower === value) return { field: `${at}.${key}`, reason: 'duplicate_threshold' };
      if (lower > value) return { field: `${at}.${key}`, reason: 'not_increasing' };
    }
  }
  return null;
}

function benefitsProblem(
  earlier: readonly TierLevel[],
  index: number,
  level: TierLevel,
): Problem | null {
  const at = `levels.${index}.benefits`;
  const { pointsMultiplierPercent, discountPercent, perks } = level.benefits;
  if (
    !isPositiveWholeNumber(pointsMultiplierPercent) ||
    pointsMultiplierPercent < 100 ||
    pointsMultiplierPercent > TIER_MULTIPLIER_PERCENT_MAX
  ) {
    return { field: `${at}.pointsMultiplierPercent`, reason: 'invalid_benefit' };
  }
  if (!isWholeNumber(discountPercent) || discountPercent > 100) {
    return { field: `${at}.discountPercent`, reason: 'invalid_benefit' };
  }
  if (
    perks.length > TIER_PERKS_MAX ||
    perks.some((perk) => perk.trim() === '' || perk.length > TIER_PERK_MAX)
  ) {
    return { field: `${at}.perks`, reason: 'invalid_benefit' };
  }
  const below = earlier.at(-1)?.benefits;
  if (below !== undefined) {
    // A higher level that gives less than the one below it would punish the move up.
    if (pointsMultiplierPercent < below.pointsMultiplierPercent) {
      return { field: `${at}.pointsMultiplierPercent`, reason: 'benefit_decreases' };
    }
    if (discountPercent < below.discountPercent) {
      return { field: `${at}.discountPercent`, reason: 'benefit_decreases' };
    }
  }
  return null;
}
