import { describe, expect, it } from 'vitest';
import { historicalClv, marginOf, simpleClv } from '../../src/measures.ts';

describe('simpleClv — seed 000 formula: basket × purchases per year × years', () => {
  it('reproduces the seed examples', () => {
    // 120 € × 3 × 4 = 1 440 € and 200 € × 1 × 5 = 1 000 € (seed 000)
    expect(
      simpleClv({ averageBasketCents: 12_000, purchasesPerYear: 3, yearsOfRelationship: 4 }),
    ).toBe(144_000);
    expect(
      simpleClv({ averageBasketCents: 20_000, purchasesPerYear: 1, yearsOfRelationship: 5 }),
    ).toBe(100_000);
  });

  it('rounds fractional frequencies to the cent', () => {
    // 7.35 € × 1.5 × 2.5 = 27.5625 € → 2 756 cents
    expect(
      simpleClv({ averageBasketCents: 735, purchasesPerYear: 1.5, yearsOfRelationship: 2.5 }),
    ).toBe(2_756);
  });

  it('rejects negative or non-finite inputs', () => {
    expect(() =>
      simpleClv({ averageBasketCents: -1, purchasesPerYear: 1, yearsOfRelationship: 1 }),
    ).toThrow(/averageBasketCents/);
    expect(() =>
      simpleClv({ averageBasketCents: 1, purchasesPerYear: Number.NaN, yearsOfRelationship: 1 }),
    ).toThrow(RangeError);
  });
});

describe('historicalClv', () => {
  const purchases = [
    { customerId: 'b', at: 10, amountCents: 2_000 },
    { customerId: 'a', at: 1, amountCents: 1_000 },
    { customerId: 'a', at: 5, amountCents: 500 },
    { customerId: 'a', at: 20, amountCents: 9_999 }, // after asOf: ignored
    { customerId: 'c', at: 3, amountCents: 1_500 },
  ];

  it('sums revenue and margin before asOf, highest revenue first, ties by id', () => {
    const result = historicalClv(purchases, { asOf: 20, margin: { kind: 'rate', rate: 0.4 } });
    expect(result).toEqual([
      {
        customerId: 'b',
        purchases: 1,
        revenueCents: 2_000,
        marginCents: 800,
        firstPurchaseAt: 10,
        lastPurchaseAt: 10,
      },
      {
        customerId: 'a',
        purchases: 2,
        revenueCents: 1_500,
        marginCents: 600,
        firstPurchaseAt: 1,
        lastPurchaseAt: 5,
      },
      {
        customerId: 'c',
        purchases: 1,
        revenueCents: 1_500,
        marginCents: 600,
        firstPurchaseAt: 3,
        lastPurchaseAt: 3,
      },
    ]);
  });

  it('takes a per-transaction cost as margin rule', () => {
    const result = historicalClv(purchases, {
      asOf: 20,
      margin: { kind: 'costPerTransaction', costCents: 300 },
    });
    expect(result.find((r) => r.customerId === 'a')?.marginCents).toBe(1_500 - 2 * 300);
  });

  it('rounds rate margins to the cent', () => {
    expect(marginOf(1_005, 1, { kind: 'rate', rate: 0.5 })).toBe(503); // 502.5 rounds up
  });
});
