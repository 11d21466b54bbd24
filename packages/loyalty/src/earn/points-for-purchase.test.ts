import { describe, expect, it } from 'vitest';
import { buildItem, buildPointsProgram, buildPurchase } from '../../test/factories.ts';
import { pointsForPurchase } from './points-for-purchase.ts';

describe('pointsForPurchase', () => {
  it('floors: 12,99 € at 1 pt/€ is 12 points', () => {
    expect(pointsForPurchase(buildPointsProgram(), buildPurchase({ amountCents: 1299 }))).toBe(12);
  });

  it('rounds half up with "nearest": 12,49 € → 12, 12,50 € → 13', () => {
    const program = buildPointsProgram({ rounding: 'nearest' });
    expect(pointsForPurchase(program, buildPurchase({ amountCents: 1249 }))).toBe(12);
    expect(pointsForPurchase(program, buildPurchase({ amountCents: 1250 }))).toBe(13);
  });

  it('multiplies before dividing: 3,35 € at 10 pt/€ is 33 (floor) or 34 (nearest)', () => {
    const purchase = buildPurchase({ amountCents: 335 });
    expect(pointsForPurchase(buildPointsProgram({ pointsPerEuro: 10 }), purchase)).toBe(33);
    const nearest = buildPointsProgram({ pointsPerEuro: 10, rounding: 'nearest' });
    expect(pointsForPurchase(nearest, purchase)).toBe(34);
  });

  it('counts only eligible categories, capped at what was paid', () => {
    const program = buildPointsProgram({ eligibleCategories: ['pain'] });
    const items = [
      buildItem({ category: 'pain', quantity: 3, unitPriceCents: 120 }),
      buildItem({ category: 'tabac', quantity: 1, unitPriceCents: 1100 }),
    ];
    // 3 × 1,20 € of bread = 3,60 € → 3 points; the tobacco earns nothing.
    expect(pointsForPurchase(program, buildPurchase({ amountCents: 1460, items }))).toBe(3);
    // A 2 € discount on the receipt: only 2,60 € was paid for the bread at most.
    const discounted = buildPurchase({ amountCents: 260, items: items.slice(0, 1) });
    expect(pointsForPurchase(program, discounted)).toBe(2);
  });
});

describe('pointsForPurchase with a tier multiplier', () => {
  it('multiplies before rounding: 12,99 € at ×1,5 is 19 points, not 12 × 1,5', () => {
    expect(pointsForPurchase(buildPointsProgram(), buildPurchase({ amountCents: 1299 }), 150)).toBe(
      19,
    );
  });

  it('rounds half up with "nearest": 3,33 € at 1 pt/€ ×1,5 is 4,995 → 5', () => {
    const nearest = buildPointsProgram({ rounding: 'nearest' });
    expect(pointsForPurchase(nearest, buildPurchase({ amountCents: 333 }), 150)).toBe(5);
  });

  it('earns the same as without a tier at ×1', () => {
    const program = buildPointsProgram({ pointsPerEuro: 3 });
    const purchase = buildPurchase({ amountCents: 4567 });
    expect(pointsForPurchase(program, purchase, 100)).toBe(pointsForPurchase(program, purchase));
  });
});
