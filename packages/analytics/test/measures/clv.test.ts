import { describe, expect, it } from 'vitest';
import {
  DAY_MS,
  historicalClv,
  marginOf,
  simpleClv,
  simpleClvFromPurchases,
} from '../../src/measures.ts';

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

describe('simpleClvFromPurchases — the seed formula fed by the history', () => {
  const year = 365.2425 * DAY_MS;
  const buy = (customerId: string, at: number, amountCents: number) => ({
    customerId,
    at,
    amountCents,
  });
  const purchases = [
    // previous year: a, b, c active
    buy('a', 0.5 * year, 1_000),
    buy('b', 0.5 * year, 1_000),
    buy('c', 0.6 * year, 1_000),
    // last year: a three times, c once, d (new) twice; b is gone
    buy('a', 1.1 * year, 1_000),
    buy('a', 1.2 * year, 1_000),
    buy('a', 1.3 * year, 1_000),
    buy('c', 1.5 * year, 400),
    buy('d', 1.7 * year, 600),
    buy('d', 1.8 * year, 600),
  ];

  it('measures basket, frequency and lifetime = 1 / churn over the last year', () => {
    const result = simpleClvFromPurchases(purchases, { asOf: 2 * year });
    // basket 4 600 / 6; 6 purchases / 3 customers = 2 a year; churn 1 of 3 → 3 years
    expect(result.annualChurnPercent).toBeCloseTo(100 / 3, 9);
    expect(result.inputs?.averageBasketCents).toBeCloseTo(4_600 / 6, 9);
    expect(result.inputs?.purchasesPerYear).toBe(2);
    expect(result.inputs?.yearsOfRelationship).toBeCloseTo(3, 9);
    expect(result.clvCents).toBe(4_600);
  });

  it('gives no CLV when nobody churned (the lifetime is unknown, not infinite)', () => {
    const loyal = purchases.filter((p) => p.customerId !== 'b');
    expect(simpleClvFromPurchases(loyal, { asOf: 2 * year })).toEqual({
      inputs: null,
      clvCents: null,
      annualChurnPercent: 0,
    });
  });
});
