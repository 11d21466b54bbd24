import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LedgerEntry } from '../model/ledger-entry.ts';
import type { PointsProgram } from '../model/program.ts';
import { returnPointsDiscount } from './return-points-discount.ts';

const NOW = new Date('2026-12-06T10:00:00Z');
const program: PointsProgram = {
  id: 'points',
  version: 2,
  name: { fr: 'Points', en: 'Points' },
  kind: 'points',
  pointsPerEuro: 1,
  rounding: 'floor',
  pointsAsMoney: { points: 100, cents: 100 },
};
const base = {
  program,
  purchaseId: 'p1',
  usedPoints: 300,
  paidCents: 1_000,
  now: NOW,
};

describe('returnPointsDiscount', () => {
  it('gives back the refunded share of the points, then the rest when refunded in full', () => {
    const first = returnPointsDiscount({
      ...base,
      refundId: 'r1',
      refundedBeforeCents: 0,
      refundCents: 333,
      entries: [],
    });
    expect(first).toEqual([
      {
        programId: 'points',
        programVersion: 2,
        kind: 'reverse',
        unit: 'points',
        delta: 99,
        at: NOW,
        cause: { type: 'points_discount_returned', purchaseId: 'p1', refundId: 'r1' },
      },
    ]);
    const rest = returnPointsDiscount({
      ...base,
      refundId: 'r2',
      refundedBeforeCents: 333,
      refundCents: 667,
      entries: first,
    });
    expect(rest.map((e) => e.delta)).toEqual([201]);
  });

  it('gives nothing for a purchase that used no points, nor twice for the same share', () => {
    expect(
      returnPointsDiscount({
        ...base,
        usedPoints: 0,
        refundId: 'r',
        refundedBeforeCents: 0,
        refundCents: 1_000,
        entries: [],
      }),
    ).toEqual([]);
    const all = returnPointsDiscount({
      ...base,
      refundId: 'r1',
      refundedBeforeCents: 0,
      refundCents: 1_000,
      entries: [],
    });
    expect(
      returnPointsDiscount({
        ...base,
        refundId: 'r2',
        refundedBeforeCents: 1_000,
        refundCents: 0,
        entries: all,
      }),
    ).toEqual([]);
  });

  it('over any sequence of partial refunds, returns exactly the points used once refunded in full, never more on the way', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000 }),
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.array(fc.integer({ min: 1, max: 1_000_000 }), { minLength: 1, maxLength: 6 }),
        (usedPoints, paidCents, cuts) => {
          const entries: LedgerEntry[] = [];
          let refunded = 0;
          for (const [i, cut] of cuts.entries()) {
            const last = i === cuts.length - 1;
            const refundCents = last ? paidCents - refunded : Math.min(cut, paidCents - refunded);
            entries.push(
              ...returnPointsDiscount({
                ...base,
                usedPoints,
                paidCents,
                refundId: `r${i}`,
                refundedBeforeCents: refunded,
                refundCents,
                entries,
              }),
            );
            refunded += refundCents;
            const returned = entries.reduce((s, e) => s + e.delta, 0);
            expect(returned).toBeLessThanOrEqual(Math.ceil((usedPoints * refunded) / paidCents));
            expect(entries.every((e) => e.delta > 0)).toBe(true);
          }
          expect(entries.reduce((s, e) => s + e.delta, 0)).toBe(usedPoints);
        },
      ),
    );
  });
});
