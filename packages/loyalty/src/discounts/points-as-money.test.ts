import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Standing } from '../ledger/standing.ts';
import type { PointsProgram } from '../model/program.ts';
import { centsForPoints, convertPointsToMoney } from './points-as-money.ts';

const NOW = new Date('2026-12-06T10:00:00Z');
const program: PointsProgram = {
  id: 'points',
  version: 1,
  name: { fr: 'Points', en: 'Points' },
  kind: 'points',
  pointsPerEuro: 1,
  rounding: 'floor',
  pointsAsMoney: { points: 100, cents: 100 },
};
const standing = (balance: number): Standing => ({ balance, lastActivityAt: NOW, clawbackOwed: 0 });

describe('convertPointsToMoney', () => {
  it('converts exactly the points asked, fewer than the balance', () => {
    const result = convertPointsToMoney({
      program,
      standing: standing(320),
      points: 250,
      conversionId: 'c1',
      now: NOW,
    });
    expect(result).toEqual({
      ok: true,
      value: {
        amountCents: 250,
        entries: [
          {
            programId: 'points',
            programVersion: 1,
            kind: 'redeem',
            unit: 'points',
            delta: -250,
            at: NOW,
            cause: { type: 'points_discount', conversionId: 'c1', amountCents: 250 },
          },
        ],
      },
    });
  });

  it('refuses more than the balance, a program without a rate, and less than a cent', () => {
    const at = { conversionId: 'c', now: NOW };
    expect(
      convertPointsToMoney({ ...at, program, standing: standing(100), points: 101 }),
    ).toMatchObject({
      code: 'insufficient_balance',
      detail: { balance: 100, cost: 101 },
    });
    const noRate = { ...program, pointsAsMoney: undefined };
    expect(
      convertPointsToMoney({ ...at, program: noRate, standing: standing(100), points: 10 }),
    ).toMatchObject({
      code: 'points_not_convertible',
    });
    const stingy = { ...program, pointsAsMoney: { points: 1_000, cents: 10 } };
    expect(
      convertPointsToMoney({ ...at, program: stingy, standing: standing(500), points: 50 }),
    ).toMatchObject({
      code: 'invalid_amount',
      detail: { minimumPoints: 100 },
    });
  });

  it('never gives more money than the rate, never takes more points than the balance', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000 }),
        fc.integer({ min: 1, max: 10_000 }),
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.integer({ min: 1, max: 1_000_000 }),
        (ratePoints, rateCents, balance, points) => {
          const p = { ...program, pointsAsMoney: { points: ratePoints, cents: rateCents } };
          const r = convertPointsToMoney({
            program: p,
            standing: standing(balance),
            points,
            conversionId: 'c',
            now: NOW,
          });
          if (!r.ok) return;
          expect(points).toBeLessThanOrEqual(balance);
          expect(r.value.amountCents * ratePoints).toBeLessThanOrEqual(points * rateCents);
          expect(r.value.amountCents).toBe(centsForPoints(p.pointsAsMoney, points));
          expect(r.value.entries.reduce((s, e) => s + e.delta, 0)).toBe(-points);
        },
      ),
    );
  });
});
