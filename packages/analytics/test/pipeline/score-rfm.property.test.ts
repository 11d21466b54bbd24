import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rfmScores } from '../../src/measures.ts';
import { scoreRfm } from '../../src/pipeline/score-rfm.ts';
import { summarizeCustomers } from '../../src/summary/index.ts';

const DAY_MS = 86_400_000;

// Purchases of up to 40 customers over 60 days (some customers buy nothing), refunds included.
const purchasesArb = fc.array(
  fc.record({
    customer: fc.integer({ min: 0, max: 39 }),
    day: fc.integer({ min: 20_000, max: 20_060 }),
    amountCents: fc.integer({ min: -2_000, max: 50_000 }),
  }),
  { minLength: 1, maxLength: 200 },
);

describe('scoreRfm', () => {
  it('scores a summary’s customers as rfmScores scores them from their purchase days', () => {
    fc.assert(
      fc.property(purchasesArb, fc.integer({ min: 0, max: 30 }), (purchases, after) => {
        const tx = {
          customer: Int32Array.from(purchases, (p) => p.customer),
          day: Int32Array.from(purchases, (p) => p.day),
          amountCents: Float64Array.from(purchases, (p) => p.amountCents),
          customerCount: 40,
        };
        const asOfDay = 20_060 + after;
        const summary = summarizeCustomers(tx, { asOfDay, unit: 'week' });
        const listed = [...Array(40).keys()].filter((c) => summary.purchaseDays[c] !== 0);
        const expected = rfmScores(
          listed.map((c) => ({
            customerId: String(c),
            lastPurchaseAt: summary.lastPurchaseDay[c]! * DAY_MS,
            purchases: summary.purchaseDays[c]!,
            monetaryCents: summary.revenueCents[c]!,
          })),
          { asOf: asOfDay * DAY_MS },
        );
        const scored = scoreRfm(summary);
        expect(scored.filter((s) => s !== null)).toEqual(expected);
        for (let c = 0; c < 40; c++) expect(scored[c] === null).toBe(!listed.includes(c));
      }),
    );
  });
});
