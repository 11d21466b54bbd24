import { describe, expect, it } from 'vitest';
import { buildLadder, buildTierLevel } from '../../test/tier-factories.ts';
import type { TierLadder, TierLevel } from './ladder.ts';
import { validateTierLadder } from './validate-ladder.ts';

const ladder = buildLadder();
const [bronze, argent, or] = ladder.levels as [TierLevel, TierLevel, TierLevel];

function problemOf(candidate: TierLadder): Readonly<Record<string, unknown>> | null {
  const result = validateTierLadder(candidate);
  return result.ok ? null : { code: result.code, ...result.detail };
}

function withLevels(...levels: TierLevel[]): TierLadder {
  return { ...ladder, levels };
}

describe('validateTierLadder', () => {
  it('accepts Bronze → Argent → Or', () => {
    expect(validateTierLadder(ladder)).toEqual({ ok: true, value: ladder });
  });

  it('wants 2 to 5 levels', () => {
    expect(problemOf(withLevels(bronze))).toEqual({
      code: 'invalid_program',
      field: 'levels',
      reason: 'level_count',
    });
    const six = Array.from({ length: 6 }, (_, i) =>
      i === 0
        ? bronze
        : buildTierLevel({ id: `l${i}`, name: `Niveau ${i}`, criteria: { spendCents: i * 1000 } }),
    );
    expect(problemOf(withLevels(...six))?.reason).toBe('level_count');
  });

  it('refuses a lowest level with criteria: every member must have a level', () => {
    const gated = { ...bronze, criteria: { visits: 1 } };
    expect(problemOf(withLevels(gated, argent))).toMatchObject({
      field: 'levels.0.criteria',
      reason: 'lowest_has_criteria',
    });
  });

  it('refuses a higher level without any criterion', () => {
    expect(problemOf(withLevels(bronze, { ...argent, criteria: {} }))).toMatchObject({
      field: 'levels.1.criteria',
      reason: 'no_criteria',
    });
  });

  it('refuses duplicate thresholds', () => {
    const sameSpend = { ...or, criteria: { spendCents: 30_000 } };
    expect(problemOf(withLevels(bronze, argent, sameSpend))).toMatchObject({
      field: 'levels.2.criteria.spendCents',
      reason: 'duplicate_threshold',
    });
  });

  it('refuses thresholds that go down as levels go up', () => {
    const fewerVisits = { ...or, criteria: { visits: 5 } };
    expect(problemOf(withLevels(bronze, argent, fewerVisits))).toMatchObject({
      field: 'levels.2.criteria.visits',
      reason: 'not_increasing',
    });
  });

  it('refuses zero, negative or fractional thresholds', () => {
    for (const spendCents of [0, -100, 12.5]) {
      expect(problemOf(withLevels(bronze, { ...argent, criteria: { spendCents } }))).toMatchObject({
        field: 'levels.1.criteria.spendCents',
        reason: 'invalid_threshold',
      });
    }
  });

  it('refuses duplicate ids and names, empty or long names, bad colours', () => {
    expect(problemOf(withLevels(bronze, { ...argent, id: 'bronze' }))?.reason).toBe('duplicate_id');
    expect(problemOf(withLevels(bronze, { ...argent, name: ' bronze ' }))?.reason).toBe(
      'duplicate_name',
    );
    expect(problemOf(withLevels(bronze, { ...argent, name: '  ' }))?.reason).toBe('empty_name');
    expect(problemOf(withLevels(bronze, { ...argent, name: 'x'.repeat(41) }))?.reason).toBe(
      'name_too_long',
    );
    expect(problemOf(withLevels(bronze, { ...argent, colour: 'silver' }))).toMatchObject({
      field: 'levels.1.colour',
      reason: 'invalid_colour',
    });
  });

  it('refuses multipliers below ×1 or above ×10, discounts above 100 %, and benefits that shrink', () => {
    const benefits = argent.benefits;
    const withBenefits = (changes: Partial<TierLevel['benefits']>) =>
      problemOf(withLevels(bronze, { ...argent, benefits: { ...benefits, ...changes } }));
    expect(withBenefits({ pointsMultiplierPercent: 50 })?.reason).toBe('invalid_benefit');
    expect(withBenefits({ pointsMultiplierPercent: 1500 })?.reason).toBe('invalid_benefit');
    expect(withBenefits({ discountPercent: 101 })?.reason).toBe('invalid_benefit');
    expect(withBenefits({ perks: [''] })?.reason).toBe('invalid_benefit');
    const stingy = { ...or, benefits: { ...or.benefits, pointsMultiplierPercent: 120 } };
    expect(problemOf(withLevels(bronze, argent, stingy))).toMatchObject({
      field: 'levels.2.benefits.pointsMultiplierPercent',
      reason: 'benefit_decreases',
    });
  });

  it('refuses a window or review out of range', () => {
    expect(problemOf({ ...ladder, windowMonths: 0 })?.reason).toBe('invalid_window');
    expect(problemOf({ ...ladder, windowMonths: 37 })?.reason).toBe('invalid_window');
    const badPeriod = { periodMonths: 5, graceMonths: 0 } as unknown as TierLadder['review'];
    expect(problemOf({ ...ladder, review: badPeriod })?.field).toBe('review.periodMonths');
    // A grace as long as the period would run into the next review.
    expect(problemOf({ ...ladder, review: { periodMonths: 3, graceMonths: 3 } })).toMatchObject({
      field: 'review.graceMonths',
      reason: 'invalid_review',
    });
  });
});
