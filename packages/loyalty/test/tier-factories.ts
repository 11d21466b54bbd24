import type { TierActivity, TierLadder, TierLevel } from '../src/index.ts';

export const PARIS = 'Europe/Paris';

export function buildTierLevel(overrides: Partial<TierLevel> = {}): TierLevel {
  return {
    id: 'bronze',
    name: 'Bronze',
    colour: '#cd7f32',
    criteria: {},
    benefits: { pointsMultiplierPercent: 100, discountPercent: 0, perks: [] },
    ...overrides,
  };
}

/**
 * Bronze → Argent (300 € or 10 visits in 12 months) → Or (800 € in 12 months). Reviewed each
 * calendar year, with 3 months of grace.
 */
export function buildLadder(overrides: Partial<TierLadder> = {}): TierLadder {
  return {
    levels: [
      buildTierLevel(),
      buildTierLevel({
        id: 'argent',
        name: 'Argent',
        colour: '#c0c0c0',
        criteria: { spendCents: 30_000, visits: 10 },
        benefits: { pointsMultiplierPercent: 150, discountPercent: 0, perks: ['Avant-premières'] },
      }),
      buildTierLevel({
        id: 'or',
        name: 'Or',
        colour: '#ffd700',
        criteria: { spendCents: 80_000 },
        benefits: {
          pointsMultiplierPercent: 200,
          discountPercent: 5,
          perks: ['Avant-premières', 'Invitations', 'Rendez-vous prioritaires'],
        },
      }),
    ],
    windowMonths: 12,
    review: { periodMonths: 12, graceMonths: 3 },
    ...overrides,
  };
}

/** Seed 004's "cercle rapproché": a year with the shop lets a customer in, whatever they spend. */
export function buildCercleLadder(): TierLadder {
  return buildLadder({
    levels: [
      buildTierLevel({ id: 'client', name: 'Client' }),
      buildTierLevel({
        id: 'cercle',
        name: 'Cercle rapproché',
        colour: '#7b2d26',
        criteria: { seniorityMonths: 12, spendCents: 100_000 },
        benefits: { pointsMultiplierPercent: 100, discountPercent: 0, perks: ['Invitations'] },
      }),
    ],
  });
}

/** Noon in Paris on a `YYYY-MM-DD` date (CET or CEST, noon is 10:00 or 11:00 UTC). */
export function parisNoon(date: string): Date {
  return new Date(`${date}T10:30:00Z`);
}

/** A member's history from short purchase notes: [id, date, euros]. */
export function buildActivity(
  memberSince: string,
  purchases: ReadonlyArray<readonly [string, string, number]>,
  refunds: ReadonlyArray<readonly [string, string, number]> = [],
): TierActivity {
  return {
    memberSince: parisNoon(memberSince),
    purchases: purchases.map(([id, date, euros]) => ({
      id,
      at: parisNoon(date),
      amountCents: euros * 100,
    })),
    refunds: refunds.map(([purchaseId, date, euros]) => ({
      purchaseId,
      at: parisNoon(date),
      amountCents: euros * 100,
    })),
  };
}
