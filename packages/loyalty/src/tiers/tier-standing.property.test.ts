import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildCercleLadder,
  buildLadder,
  buildTierLevel,
  PARIS,
  parisNoon,
} from '../../test/tier-factories.ts';
import type { LedgerEntry } from '../model/ledger-entry.ts';
import type { TierLadder } from './ladder.ts';
import { type TierActivity, tierActivityFromLedger } from './tier-activity.ts';
import { tierStanding } from './tier-card.ts';

const DAY_MS = 86_400_000;
const ORIGIN = Date.UTC(2024, 0, 1);
/** The day every property looks from, unless it moves the clock itself. */
const NOW = new Date(Date.UTC(2027, 0, 15, 15));
const DAYS_BEFORE_NOW = Math.floor((NOW.getTime() - ORIGIN) / DAY_MS);

const withSeniorOr = buildLadder({
  levels: [
    ...buildLadder().levels.slice(0, 2),
    buildTierLevel({ id: 'or', name: 'Or', criteria: { spendCents: 80_000, seniorityMonths: 18 } }),
  ],
});

const ladderArb: fc.Arbitrary<TierLadder> = fc
  .record({
    shape: fc.constantFrom(buildLadder(), buildCercleLadder(), withSeniorOr),
    windowMonths: fc.constantFrom(3, 6, 12, 24),
    periodMonths: fc.constantFrom(3 as const, 6 as const, 12 as const),
    grace: fc.nat({ max: 11 }),
  })
  .map(({ shape, windowMonths, periodMonths, grace }) => ({
    ...shape,
    windowMonths,
    review: { periodMonths, graceMonths: grace % periodMonths },
  }));

/** Any instant between 1 January 2024 and NOW. */
const instantArb = fc
  .integer({ min: 0, max: NOW.getTime() - ORIGIN })
  .map((offset) => new Date(ORIGIN + offset));

const purchaseArb = fc.record({
  at: instantArb,
  amountCents: fc.integer({ min: 0, max: 120_000 }),
});

/** A member's history: purchases, and refunds of some of them (never above what was paid). */
const activityArb: fc.Arbitrary<TierActivity> = fc
  .record({
    memberSince: instantArb,
    purchases: fc.array(purchaseArb, { maxLength: 12 }),
    refundShares: fc.array(fc.record({ share: fc.integer({ min: 1, max: 100 }), delay: fc.nat() })),
  })
  .map(({ memberSince, purchases, refundShares }) => {
    const identified = purchases.map((purchase, index) => ({ id: `p${index}`, ...purchase }));
    const refunds = refundShares.slice(0, identified.length).flatMap(({ share, delay }, index) => {
      const purchase = identified[index];
      if (purchase === undefined) return [];
      const room = NOW.getTime() - purchase.at.getTime();
      return [
        {
          purchaseId: purchase.id,
          at: new Date(purchase.at.getTime() + (delay % (room + 1))),
          amountCents: Math.floor((purchase.amountCents * share) / 100),
        },
      ];
    });
    return { memberSince, purchases: identified, refunds };
  });

function levelIndex(ladder: TierLadder, activity: TierActivity, now: Date = NOW): number {
  const { level } = tierStanding({ ladder, activity, now, timeZone: PARIS });
  return ladder.levels.indexOf(level);
}

function ledgerOf(activity: TierActivity): LedgerEntry[] {
  const base = { programId: 'points', programVersion: 1, unit: 'points' as const };
  return [
    ...activity.purchases.map((purchase) => ({
      ...base,
      kind: 'earn' as const,
      delta: Math.floor(purchase.amountCents / 100),
      at: purchase.at,
      cause: {
        type: 'purchase' as const,
        purchaseId: purchase.id,
        amountCents: purchase.amountCents,
      },
    })),
    ...activity.refunds.map((refund, index) => ({
      ...base,
      kind: 'reverse' as const,
      delta: -Math.floor(refund.amountCents / 100),
      at: refund.at,
      cause: {
        type: 'refund' as const,
        purchaseId: refund.purchaseId,
        refundId: `r${index}`,
        refundedCents: refund.amountCents,
        shortfall: 0,
      },
    })),
  ];
}

/** Entries that move a balance without being spend: redemptions, adjustments, expiries. */
const balanceMoveArb = fc
  .record({ at: instantArb, delta: fc.integer({ min: -5000, max: 5000 }) })
  .map(
    ({ at, delta }, index = 0): LedgerEntry => ({
      programId: 'points',
      programVersion: 1,
      unit: 'points',
      kind: 'adjust',
      delta,
      at,
      cause: {
        type: 'staff_adjustment',
        adjustmentId: `a${at.getTime()}-${index}`,
        staffId: 's',
        reasonCode: 'goodwill',
      },
    }),
  );

describe('tier properties', () => {
  it('never depends on the points balance', () => {
    fc.assert(
      fc.property(
        ladderArb,
        activityArb,
        fc.array(balanceMoveArb, { maxLength: 8 }),
        (ladder, activity, moves) => {
          const entries = ledgerOf(activity);
          const plain = tierActivityFromLedger(activity.memberSince, entries);
          const moved = tierActivityFromLedger(activity.memberSince, [
            ...moves,
            ...entries,
            ...moves,
          ]);
          const at = (from: TierActivity) =>
            tierStanding({ ladder, activity: from, now: NOW, timeZone: PARIS });
          expect(at(moved)).toEqual(at(plain));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('never lowers the level when the customer spends more', () => {
    fc.assert(
      fc.property(ladderArb, activityArb, purchaseArb, (ladder, activity, extra) => {
        const more = { ...activity, purchases: [...activity.purchases, { id: 'extra', ...extra }] };
        expect(levelIndex(ladder, more)).toBeGreaterThanOrEqual(levelIndex(ladder, activity));
      }),
      { numRuns: 150 },
    );
  });

  it('never raises the level when a refund is added', () => {
    fc.assert(
      fc.property(
        ladderArb,
        activityArb,
        fc.nat(),
        fc.integer({ min: 1, max: 100 }),
        fc.nat(),
        (ladder, activity, pick, share, delay) => {
          const purchase = activity.purchases[pick % Math.max(1, activity.purchases.length)];
          if (purchase === undefined) return;
          const refunded = activity.refunds
            .filter((refund) => refund.purchaseId === purchase.id)
            .reduce((sum, refund) => sum + refund.amountCents, 0);
          const room = NOW.getTime() - purchase.at.getTime();
          const refund = {
            purchaseId: purchase.id,
            at: new Date(purchase.at.getTime() + (delay % (room + 1))),
            amountCents: Math.floor(((purchase.amountCents - refunded) * share) / 100),
          };
          const less = { ...activity, refunds: [...activity.refunds, refund] };
          expect(levelIndex(ladder, less)).toBeLessThanOrEqual(levelIndex(ladder, activity));
        },
      ),
      { numRuns: 150 },
    );
  });

  it('always gives a member a level, the lowest one without purchases', () => {
    fc.assert(
      fc.property(ladderArb, activityArb, (ladder, activity) => {
        expect(levelIndex(ladder, activity)).toBeGreaterThanOrEqual(0);
        const fresh = { memberSince: activity.memberSince, purchases: [], refunds: [] };
        const index = levelIndex(ladder, fresh);
        const seniority = ladder.levels.some(
          (level) => level.criteria.seniorityMonths !== undefined,
        );
        if (!seniority) expect(index).toBe(0);
      }),
      { numRuns: 60 },
    );
  });

  it('dates eligibleOn after today, exactly on the day seniority lets the customer in', () => {
    fc.assert(
      fc.property(
        ladderArb,
        activityArb,
        fc.integer({ min: 0, max: DAYS_BEFORE_NOW }),
        (ladder, activity, back) => {
          const now = new Date(NOW.getTime() - back * DAY_MS);
          const past = {
            memberSince:
              activity.memberSince.getTime() <= now.getTime() ? activity.memberSince : now,
            purchases: activity.purchases.filter((purchase) => purchase.at <= now),
            refunds: activity.refunds.filter((refund) => refund.at <= now),
          };
          const { card } = tierStanding({ ladder, activity: past, now, timeZone: PARIS });
          const eligibleOn = card.next?.eligibleOn ?? null;
          if (eligibleOn === null) return;
          const today = new Intl.DateTimeFormat('en-CA', { timeZone: PARIS }).format(now);
          expect(eligibleOn > today).toBe(true);
          const nextIndex = levelIndex(ladder, past, now) + 1;
          expect(levelIndex(ladder, past, parisNoon(eligibleOn))).toBeGreaterThanOrEqual(nextIndex);
          const dayBefore = new Date(parisNoon(eligibleOn).getTime() - DAY_MS);
          expect(levelIndex(ladder, past, dayBefore)).toBeLessThan(nextIndex);
        },
      ),
      { numRuns: 80 },
    );
  });
});
