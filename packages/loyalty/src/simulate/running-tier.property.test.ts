import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TierLadder, TierLevel } from '../tiers/ladder.ts';
import { tierStanding } from '../tiers/tier-card.ts';
import { runningTier } from './running-tier.ts';

const TIME_ZONE = 'Europe/Paris';
const START = Date.parse('2025-01-01T00:00:00Z');

/** The full replay the simulation used to run before each purchase: the reference. */
function naiveBenefitsBefore(
  ladder: TierLadder,
  before: readonly { id: string; at: Date; amountCents: number }[],
  at: Date,
) {
  return tierStanding({
    ladder,
    activity: { memberSince: before[0]?.at ?? at, purchases: before, refunds: [] },
    now: at,
    timeZone: TIME_ZONE,
  }).level.benefits;
}

const criteria = fc.record(
  {
    spendCents: fc.integer({ min: 1, max: 200_000 }),
    visits: fc.integer({ min: 1, max: 12 }),
    seniorityMonths: fc.integer({ min: 1, max: 24 }),
  },
  { requiredKeys: [] },
);

const ladders: fc.Arbitrary<TierLadder> = fc
  .record({
    upper: fc.array(criteria, { minLength: 1, maxLength: 3 }),
    windowMonths: fc.integer({ min: 1, max: 12 }),
    periodMonths: fc.constantFrom(
      1 as const,
      2 as const,
      3 as const,
      4 as const,
      6 as const,
      12 as const,
    ),
    graceMonths: fc.integer({ min: 0, max: 3 }),
  })
  .map(({ upper, windowMonths, periodMonths, graceMonths }) => {
    const level = (i: number, c: TierLevel['criteria']): TierLevel => ({
      id: `l${i}`,
      name: `Level ${i}`,
      colour: '#a0a0a0',
      criteria: c,
      benefits: { pointsMultiplierPercent: 100 + 50 * i, discountPercent: i, perks: [] },
    });
    return {
      windowMonths,
      review: { periodMonths, graceMonths },
      levels: [level(0, {}), ...upper.map((c, i) => level(i + 1, c))],
    };
  });

/** Purchases over up to three years, several a day at any hour, oldest first. */
const histories = fc
  .array(
    fc.record({
      minute: fc.integer({ min: 0, max: 3 * 365 * 24 * 60 }),
      amountCents: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 60_000 })),
    }),
    { minLength: 1, maxLength: 40 },
  )
  .map((rows) =>
    rows
      .map((r) => ({ at: new Date(START + r.minute * 60_000), amountCents: r.amountCents }))
      .sort((a, b) => a.at.getTime() - b.at.getTime())
      .map((p, i) => ({ ...p, id: `p${i}` })),
  );

describe('runningTier', () => {
  it('gives, before every purchase, the level the full replay of the earlier purchases gives', () => {
    fc.assert(
      fc.property(ladders, histories, (ladder, purchases) => {
        const tier = runningTier(ladder, TIME_ZONE);
        purchases.forEach((purchase, i) => {
          const expected = naiveBenefitsBefore(ladder, purchases.slice(0, i), purchase.at);
          expect(tier.benefitsBefore(purchase.at), `purchase ${i}`).toEqual(expected);
          tier.add(purchase);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('holds on a quiet customer who climbs, stops coming, and is lowered after the grace', () => {
    const ladder: TierLadder = {
      windowMonths: 12,
      review: { periodMonths: 3, graceMonths: 1 },
      levels: [
        {
          id: 'b',
          name: 'Bronze',
          colour: '#aa7744',
          criteria: {},
          benefits: { pointsMultiplierPercent: 100, discountPercent: 0, perks: [] },
        },
        {
          id: 'o',
          name: 'Or',
          colour: '#c9a227',
          criteria: { spendCents: 50_000 },
          benefits: { pointsMultiplierPercent: 200, discountPercent: 5, perks: [] },
        },
      ],
    };
    const purchases = [
      { id: 'a', at: new Date('2025-01-10T10:00:00Z'), amountCents: 60_000 },
      { id: 'b', at: new Date('2025-01-10T18:00:00Z'), amountCents: 1_000 },
      { id: 'c', at: new Date('2026-03-01T10:00:00Z'), amountCents: 1_000 },
      { id: 'd', at: new Date('2026-06-15T10:00:00Z'), amountCents: 1_000 },
    ];
    const tier = runningTier(ladder, TIME_ZONE);
    const levels = purchases.map((p) => {
      const b = tier.benefitsBefore(p.at);
      tier.add(p);
      return b.discountPercent;
    });
    // Or from the first purchase's day; the 60 € left the window in January 2026, the review at
    // the end of March 2026 opens a month's grace, lowered on 1 May 2026.
    expect(levels).toEqual([0, 5, 5, 0]);
  });
});
