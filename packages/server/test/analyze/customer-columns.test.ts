import type { CustomerSummary, ValuePredictions } from '@habitue/analytics';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { listedCustomerColumns } from '../../src/cli/analyze/customer-columns.ts';

/** Customers with purchase days, CLVs and revenues in cents; a CLV of null is not computed. */
const customersArb = fc.array(
  fc.record({
    listed: fc.boolean(),
    // Few distinct values, so that ties on CLV and on revenue are frequent; now and then a CLV
    // too big to pack with the index (over 2³² cents), which the list orders all the same.
    clv: fc.oneof(
      { arbitrary: fc.constant(null), weight: 3 },
      { arbitrary: fc.integer({ min: 0, max: 6 }).map((k) => k * 100 + 0.3), weight: 10 },
      { arbitrary: fc.double({ min: -1e6, max: 1e6, noNaN: true }), weight: 5 },
      { arbitrary: fc.double({ min: -1e12, max: 1e12, noNaN: true }), weight: 1 },
    ),
    // Ties on revenue too; refunds can make it negative, and a B2B file's can pass 2³² cents.
    revenue: fc.oneof(
      { arbitrary: fc.integer({ min: 0, max: 4 }).map((k) => k * 250), weight: 10 },
      { arbitrary: fc.integer({ min: -1_000_000, max: 1_000_000 }), weight: 3 },
      { arbitrary: fc.double({ min: 2 ** 32, max: 1e13, noNaN: true }), weight: 2 },
      { arbitrary: fc.double({ min: -1e13, max: -(2 ** 32), noNaN: true }), weight: 1 },
    ),
  }),
  { maxLength: 80 },
);

describe('listedCustomerColumns', () => {
  it('lists by CLV, then revenue, both in whole cents, then file order; an unknown CLV counts as 0', () => {
    fc.assert(
      fc.property(customersArb, (customers) => {
        const n = customers.length;
        const full = {
          customerCount: n,
          purchaseDays: Int32Array.from(customers, (c) => (c.listed ? 1 : 0)),
          frequency: new Int32Array(n),
          recency: new Float64Array(n),
          T: new Float64Array(n),
          monetaryRepeatCents: new Float64Array(n),
          monetaryAllCents: new Float64Array(n),
          revenueCents: Float64Array.from(customers, (c) => c.revenue),
          firstPurchaseDay: new Int32Array(n),
          lastPurchaseDay: new Int32Array(n),
        } as unknown as CustomerSummary;
        const predictions = {
          clvCents: Float64Array.from(customers, (c) => c.clv ?? Number.NaN),
        } as unknown as ValuePredictions;
        const ids = customers.map((_, i) => `c${i}`);
        const columns = listedCustomerColumns(ids, full, [], predictions);
        // The rule, written out: whole cents, highest first, ties to the earlier in the file.
        const cents = (v: number | null) => (v === null ? 0 : Math.round(v));
        const expected = customers
          .map((c, i) => ({ ...c, i }))
          .filter((c) => c.listed)
          .sort(
            (a, b) =>
              cents(b.clv) - cents(a.clv) || cents(b.revenue) - cents(a.revenue) || a.i - b.i,
          )
          .map((c) => `c${c.i}`);
        expect(columns.ids).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});
