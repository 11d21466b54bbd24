import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NO_PURCHASE_DAY, summarizeCustomers, type Transactions } from '../../src/index.ts';
import { naiveSummary } from './naive-summary.ts';

/** Builds transactions from readable `[customer, day, euros]` rows. */
function buildTransactions(rows: [number, number, number][], customerCount?: number): Transactions {
  return {
    customer: Int32Array.from(rows, (r) => r[0]),
    day: Int32Array.from(rows, (r) => r[1]),
    amountCents: Float64Array.from(rows, (r) => Math.round(r[2] * 100)),
    customerCount: customerCount ?? Math.max(-1, ...rows.map((r) => r[0])) + 1,
  };
}

describe('summarizeCustomers', () => {
  it('counts distinct purchase days and measures recency and T from the first one', () => {
    // Customer 0: days 0, 7 (twice), 21; customer 1: one purchase on day 14.
    const tx = buildTransactions([
      [0, 21, 30],
      [1, 14, 5],
      [0, 7, 10],
      [0, 0, 20],
      [0, 7, 6],
    ]);
    const s = summarizeCustomers(tx, { asOfDay: 28, unit: 'week' });
    expect(Array.from(s.purchaseDays)).toEqual([3, 1]);
    expect(Array.from(s.frequency)).toEqual([2, 0]);
    expect(Array.from(s.recency)).toEqual([3, 0]);
    expect(Array.from(s.T)).toEqual([4, 2]);
    // Repeat days spend 16 € and 30 €; all days 20, 16, 30.
    expect(Array.from(s.monetaryRepeatCents)).toEqual([2300, 0]);
    expect(s.monetaryAllCents[0]).toBeCloseTo(2200, 9);
    expect(Array.from(s.revenueCents)).toEqual([6600, 500]);
    expect(Array.from(s.firstPurchaseDay)).toEqual([0, 14]);
    expect(Array.from(s.lastPurchaseDay)).toEqual([21, 14]);
  });

  it('takes a refund off revenue and off the latest purchase day, without making a purchase day', () => {
    const tx = buildTransactions([
      [0, 0, 40],
      [0, 3, 25],
      [0, 5, -10], // refund of part of day 3
      [0, 9, 15],
      [0, 9, -20], // same-day refund larger than the day's purchase: spend floors at 0
    ]);
    const s = summarizeCustomers(tx, { asOfDay: 10 });
    expect(s.purchaseDays[0]).toBe(3);
    expect(s.revenueCents[0]).toBe(5000);
    expect(s.refundCents[0]).toBe(3000);
    expect(s.monetaryRepeatCents[0]).toBe(750); // (15 + 0) / 2
    expect(s.recency[0]).toBe(9);
  });

  it('leaves out customers with only refunds or only rows after the analysis date', () => {
    const tx = buildTransactions([
      [0, 2, -10],
      [1, 50, 10],
    ]);
    const s = summarizeCustomers(tx, { asOfDay: 20 });
    expect(Array.from(s.purchaseDays)).toEqual([0, 0]);
    expect(s.firstPurchaseDay[1]).toBe(NO_PURCHASE_DAY);
    expect(Array.from(s.revenueCents)).toEqual([-1000, 0]);
  });

  it('counts holdout purchase days after the calibration end', () => {
    const tx = buildTransactions([
      [0, 0, 10],
      [0, 4, 10],
      [0, 12, 10],
      [0, 12, 5],
      [0, 15, 10],
      [1, 11, 7], // first purchase in the holdout: not in the calibration summary
    ]);
    const s = summarizeCustomers(tx, { asOfDay: 20, calibrationEndDay: 6 });
    expect(Array.from(s.frequency)).toEqual([1, 0]);
    expect(Array.from(s.T)).toEqual([6, 0]);
    expect(Array.from(s.purchaseDays)).toEqual([2, 0]);
    expect(s.holdout?.duration).toBe(14);
    expect(Array.from(s.holdout!.purchaseDays)).toEqual([2, 1]);
    expect(Array.from(s.holdout!.revenueCents)).toEqual([2500, 700]);
  });

  it('matches a naive per-customer computation on random data', () => {
    const row = fc.tuple(
      fc.integer({ min: 0, max: 5 }),
      fc.integer({ min: 0, max: 60 }),
      fc.integer({ min: -3000, max: 9000 }),
    );
    fc.assert(
      fc.property(
        fc.array(row, { maxLength: 80 }),
        fc.integer({ min: 0, max: 70 }),
        fc.option(fc.integer({ min: 0, max: 70 }), { nil: undefined }),
        (rows, asOfDay, calibrationEndDay) => {
          const tx: Transactions = {
            customer: Int32Array.from(rows, (r) => r[0]),
            day: Int32Array.from(rows, (r) => r[1]),
            amountCents: Float64Array.from(rows, (r) => r[2]),
            customerCount: 6,
          };
          const options = { asOfDay, calibrationEndDay, unit: 'week' as const };
          const actual = summarizeCustomers(tx, options);
          const expected = naiveSummary(rows, 6, options);
          for (let c = 0; c < 6; c++) {
            const e = expected[c]!;
            expect(actual.frequency[c]).toBe(e.frequency);
            expect(actual.recency[c]).toBeCloseTo(e.recency, 9);
            expect(actual.T[c]).toBeCloseTo(e.T, 9);
            expect(actual.monetaryRepeatCents[c]).toBeCloseTo(e.monetaryRepeat, 6);
            expect(actual.revenueCents[c]).toBe(e.revenue);
            expect(actual.holdout?.purchaseDays[c] ?? 0).toBe(e.holdoutDays);
          }
        },
      ),
    );
  });
});
