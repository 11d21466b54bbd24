import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PointsMultiplier, PointsProgram } from '../model/program.ts';
import { validateProgram } from '../setup/validate-program.ts';
import { pointsForPurchase } from './points-for-purchase.ts';

const PARIS = 'Europe/Paris';
const program = (multipliers: PointsMultiplier[]): PointsProgram => ({
  id: 'points',
  version: 1,
  name: { fr: 'Points', en: 'Points' },
  kind: 'points',
  pointsPerEuro: 1,
  rounding: 'floor',
  multipliers,
});
const quietMornings: PointsMultiplier = {
  percent: 200,
  when: { kind: 'quiet_hours', weekdays: [2, 3], from: '09:00', to: '11:00' },
};
const coupes: PointsMultiplier = { percent: 300, when: { kind: 'category', category: 'Coupe' } };
const christmas: PointsMultiplier = {
  percent: 150,
  when: { kind: 'dates', startsOn: '2026-12-20', endsOn: '2026-12-24' },
};
const purchase = { id: 'p', amountCents: 3_000 };
const at = (iso: string) => ({ at: new Date(iso), timeZone: PARIS });

describe('points multipliers', () => {
  it('doubles points in quiet hours on the shop’s clock, winter and summer time alike', () => {
    const p = program([quietMornings]);
    // Tuesday 8 December 2026, 09:30 in Paris = 08:30 UTC.
    expect(pointsForPurchase(p, purchase, 100, at('2026-12-08T08:30:00Z'))).toBe(60);
    // 11:00 is the end, excluded; Monday is not a quiet day.
    expect(pointsForPurchase(p, purchase, 100, at('2026-12-08T10:00:00Z'))).toBe(30);
    expect(pointsForPurchase(p, purchase, 100, at('2026-12-07T08:30:00Z'))).toBe(30);
    // Tuesday 7 July 2026, 09:30 in Paris = 07:30 UTC.
    expect(pointsForPurchase(p, purchase, 100, at('2026-07-07T07:30:00Z'))).toBe(60);
    // Without an occasion, time multipliers cannot hold.
    expect(pointsForPurchase(p, purchase, 100)).toBe(30);
  });

  it('multiplies the lines of a category, and only them', () => {
    const items = [
      { sku: 'c', name: 'Coupe', category: 'coupe ', quantity: 1, unitPriceCents: 2_000 },
      { sku: 's', name: 'Shampooing', category: 'soin', quantity: 1, unitPriceCents: 1_000 },
    ];
    expect(pointsForPurchase(program([coupes]), { ...purchase, items })).toBe(60 + 10);
  });

  it('counts a date range in shop-local days, both included', () => {
    const p = program([christmas]);
    // 24 December 23:30 in Paris is 22:30 UTC: still in; 25 December 00:30 is out.
    expect(pointsForPurchase(p, purchase, 100, at('2026-12-24T22:30:00Z'))).toBe(45);
    expect(pointsForPurchase(p, purchase, 100, at('2026-12-24T23:30:00Z'))).toBe(30);
  });

  it('takes the largest multiplier that holds, never their sum; a tier multiplies on top', () => {
    const p = program([quietMornings, christmas]);
    // Tuesday 22 December 2026 at 09:30: both hold, ×2 wins.
    expect(pointsForPurchase(p, purchase, 100, at('2026-12-22T08:30:00Z'))).toBe(60);
    expect(pointsForPurchase(p, purchase, 150, at('2026-12-22T08:30:00Z'))).toBe(90);
  });

  it('never gives fewer points than without multipliers', () => {
    const multiplier = fc.record({
      percent: fc.integer({ min: 100, max: 1_000 }),
      when: fc.oneof(
        fc.record({
          kind: fc.constant('quiet_hours' as const),
          weekdays: fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { minLength: 1 }),
          from: fc.constantFrom('08:00', '12:00'),
          to: fc.constantFrom('13:00', '20:00'),
        }),
        fc.record({ kind: fc.constant('category' as const), category: fc.constantFrom('a', 'b') }),
        fc.record({
          kind: fc.constant('dates' as const),
          startsOn: fc.constant('2026-01-01'),
          endsOn: fc.constantFrom('2026-06-30', '2026-12-31'),
        }),
      ),
    });
    const item = fc.record({
      sku: fc.constant('x'),
      name: fc.constant('x'),
      category: fc.constantFrom('a', 'b', 'c'),
      quantity: fc.integer({ min: 1, max: 5 }),
      unitPriceCents: fc.integer({ min: 0, max: 10_000 }),
    });
    fc.assert(
      fc.property(
        fc.array(multiplier, { maxLength: 4 }),
        fc.array(item, { maxLength: 4 }),
        fc.integer({ min: 0, max: 100_000 }),
        fc.date({ min: new Date('2026-01-01'), max: new Date('2027-01-01'), noInvalidDate: true }),
        (multipliers, items, amountCents, when) => {
          const p = program(multipliers);
          expect(validateProgram(p).ok).toBe(true);
          const bought = { id: 'p', amountCents, items };
          const plain = pointsForPurchase(program([]), bought);
          const boosted = pointsForPurchase(p, bought, 100, { at: when, timeZone: PARIS });
          expect(boosted).toBeGreaterThanOrEqual(plain);
          expect(boosted).toBeLessThanOrEqual(plain * 10 + 10);
        },
      ),
    );
  });
});
