import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildEntry,
  buildPointsProgram,
  buildReward,
  buildStampCard,
  NOW,
} from '../../test/factories.ts';
import type { LedgerEntry } from '../model/ledger-entry.ts';
import {
  ADJUSTMENT_SANITY_CAP,
  adjustmentLimit,
  rewardWorth,
  withinAdjustmentLimit,
} from './adjustment-limit.ts';

const card = buildStampCard({ stampsPerCard: 10 });
const HOUR = 3_600_000;

/** A manual credit by `role`, `hoursAgo` before NOW. */
function credit(delta: number, role: string, hoursAgo: number, programId = card.id): LedgerEntry {
  return buildEntry({
    programId,
    kind: 'adjust',
    delta,
    at: new Date(NOW.getTime() - hoursAgo * HOUR),
    cause: {
      type: 'staff_adjustment',
      adjustmentId: `a${hoursAgo}`,
      staffId: 's',
      role,
      reasonCode: 'goodwill',
    },
  });
}

describe('rewardWorth', () => {
  it("is one card's stamps, or the cheapest reward still offered", () => {
    expect(rewardWorth(card, [])).toBe(10);
    const points = buildPointsProgram({ pointsPerEuro: 1 });
    const rewards = [
      buildReward({ programId: points.id, cost: 50 }),
      buildReward({ programId: points.id, cost: 20, archived: true }),
      buildReward({ programId: points.id, cost: 80 }),
      buildReward({ programId: 'other', cost: 5 }),
    ];
    expect(rewardWorth(points, rewards)).toBe(50);
    expect(rewardWorth(points, [])).toBe(10);
  });
});

describe('adjustmentLimit', () => {
  const staff = { perAdjustment: 1, perDay: 2 };

  it('gives staff one card per adjustment and two a day, minus what they gave in 24 hours', () => {
    const base = { program: card, rewards: [], policy: staff, role: 'staff', now: NOW };
    expect(adjustmentLimit({ ...base, entries: [] })).toEqual({
      perAdjustment: 10,
      dailyRemaining: 20,
    });
    const entries = [
      credit(6, 'staff', 2),
      credit(3, 'staff', 23),
      credit(9, 'staff', 25), // more than 24 hours ago
      credit(4, 'owner', 1), // another role
      credit(5, 'staff', 1, 'another-program'),
      // Given by a concurrent request stamped a moment after this one's `now`: it counts.
      credit(2, 'staff', -0.001),
      buildEntry({ kind: 'adjust', delta: -2, at: NOW, cause: credit(1, 'staff', 0).cause }),
    ];
    expect(adjustmentLimit({ ...base, entries })).toEqual({
      perAdjustment: 10,
      dailyRemaining: 9,
    });
  });

  it('counts credits stamped after `now`: a concurrent request that took the lock first', () => {
    // A request reads the clock, then waits for the customer's lock; meanwhile another one
    // records its credit with a later time. Both must be counted against the same day.
    const base = { program: card, rewards: [], policy: staff, role: 'staff', now: NOW };
    const entries = [credit(10, 'staff', 1), credit(10, 'staff', -0.001)];
    expect(adjustmentLimit({ ...base, entries })).toEqual({
      perAdjustment: 10,
      dailyRemaining: 0,
    });
  });

  it('holds owners and managers to the sanity cap only', () => {
    expect(
      adjustmentLimit({
        program: card,
        rewards: [],
        policy: undefined,
        role: 'owner',
        entries: [],
        now: NOW,
      }),
    ).toEqual({ perAdjustment: ADJUSTMENT_SANITY_CAP * 10, dailyRemaining: null });
  });

  it('never lets a day of adjustments by one role credit more than its daily total', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 50 }),
        fc.record({
          perAdjustment: fc.integer({ min: 0, max: 20 }),
          perDay: fc.integer({ min: 0, max: 20 }),
        }),
        fc.array(
          fc.record({
            delta: fc.integer({ min: -500, max: 500 }),
            minutes: fc.integer({ min: 0, max: 60 }),
          }),
          {
            maxLength: 40,
          },
        ),
        (stampsPerCard, policy, attempts) => {
          const program = buildStampCard({ stampsPerCard });
          const entries: LedgerEntry[] = [];
          let at = NOW.getTime();
          for (const { delta, minutes } of attempts) {
            at += minutes * 60_000;
            const now = new Date(at);
            const limit = adjustmentLimit({
              program,
              rewards: [],
              policy,
              role: 'staff',
              entries,
              now,
            });
            expect(limit.perAdjustment).toBeLessThanOrEqual(policy.perAdjustment * stampsPerCard);
            if (delta === 0 || !withinAdjustmentLimit(limit, delta)) continue;
            entries.push(credit(delta, 'staff', 0, program.id));
            entries[entries.length - 1] = { ...entries.at(-1)!, at: now };
            // Whatever the order and spacing, the credits of any 24 hours stay within the day's total.
            const since = at - 24 * HOUR;
            const credited = entries
              .filter((e) => e.delta > 0 && e.at.getTime() > since)
              .reduce((sum, e) => sum + e.delta, 0);
            expect(credited).toBeLessThanOrEqual(policy.perDay * stampsPerCard);
            expect(Math.abs(delta)).toBeLessThanOrEqual(policy.perAdjustment * stampsPerCard);
          }
        },
      ),
    );
  });

  it('is never above the sanity cap, whatever the policy', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000 }),
        fc.option(fc.record({ perAdjustment: fc.nat(1000), perDay: fc.nat(1000) }), {
          nil: undefined,
        }),
        (cost, policy) => {
          const program = buildPointsProgram();
          const rewards = [buildReward({ programId: program.id, cost })];
          const limit = adjustmentLimit({
            program,
            rewards,
            policy,
            role: 'staff',
            entries: [],
            now: NOW,
          });
          expect(limit.perAdjustment).toBeLessThanOrEqual(ADJUSTMENT_SANITY_CAP * cost);
          expect(limit.dailyRemaining === null || limit.dailyRemaining >= 0).toBe(true);
        },
      ),
    );
  });
});
