import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quintileScores, rfmScores } from '../../src/measures.ts';
import { midRanks } from '../../src/rfm/quintile.ts';

const customerArb = fc.record({
  lastPurchaseAt: fc.integer({ min: 0, max: 1_000 }),
  purchases: fc.integer({ min: 1, max: 60 }),
  monetaryCents: fc.integer({ min: 0, max: 100_000 }),
});
const customersArb = fc
  .array(customerArb, { minLength: 1, maxLength: 60 })
  .map((list) => list.map((c, i) => ({ customerId: `c${i}`, ...c })));

describe('RFM properties', () => {
  it('scores are integers in 1..5', () => {
    fc.assert(
      fc.property(customersArb, (customers) => {
        for (const s of rfmScores(customers, { asOf: 2_000 })) {
          for (const score of [s.recency, s.frequencyScore, s.monetaryScore, s.fm]) {
            expect(Number.isInteger(score) && score >= 1 && score <= 5).toBe(true);
          }
        }
      }),
    );
  });

  it('scores purchase days (midnight timestamps) as it scores the same times a millisecond later', () => {
    // Midnights are ranked as day numbers; shifted by 1 ms they are ranked as they are: the
    // order and the ties are the same, so must the scores be.
    const DAY = 86_400_000;
    fc.assert(
      fc.property(customersArb, (customers) => {
        const atMidnight = customers.map((c) => ({ ...c, lastPurchaseAt: c.lastPurchaseAt * DAY }));
        const later = atMidnight.map((c) => ({ ...c, lastPurchaseAt: c.lastPurchaseAt + 1 }));
        const scores = (list: typeof customers) =>
          rfmScores(list, { asOf: 2_000 * DAY }).map((s) => [s.recency, s.segment]);
        expect(scores(atMidnight)).toEqual(scores(later));
      }),
    );
  });

  it('does not depend on the order of the customers', () => {
    fc.assert(
      fc.property(customersArb, fc.infiniteStream(fc.nat()), (customers, noise) => {
        const shuffled = [...customers]
          .map((c) => ({ c, key: noise.next().value }))
          .sort((a, b) => a.key - b.key)
          .map(({ c }) => c);
        const byId = (list: ReturnType<typeof rfmScores>) =>
          Object.fromEntries(list.map((s) => [s.customerId, s]));
        expect(byId(rfmScores(shuffled, { asOf: 2_000 }))).toEqual(
          byId(rfmScores(customers, { asOf: 2_000 })),
        );
      }),
    );
  });

  it('a more recent customer never scores lower on recency; equal values score equal', () => {
    fc.assert(
      fc.property(customersArb, (customers) => {
        const scores = rfmScores(customers, { asOf: 2_000 });
        for (let i = 0; i < customers.length; i += 1) {
          for (let j = 0; j < customers.length; j += 1) {
            const a = customers[i]!.lastPurchaseAt;
            const b = customers[j]!.lastPurchaseAt;
            if (a > b) expect(scores[i]!.recency).toBeGreaterThanOrEqual(scores[j]!.recency);
            if (a === b) expect(scores[i]!.recency).toBe(scores[j]!.recency);
          }
        }
      }),
    );
  });

  it('with distinct values, each score is given to a fifth of the customers (n multiple of 5)', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer(), { minLength: 5, maxLength: 100 }), (values) => {
        const n = values.length - (values.length % 5);
        const counts = [0, 0, 0, 0, 0];
        for (const score of quintileScores(values.slice(0, n))) counts[score - 1]! += 1;
        expect(counts).toEqual(Array(5).fill(n / 5));
      }),
    );
  });
  it('ranks a typed array as the same values in an array: integers, wide integers, fractions', () => {
    // Each kind takes another path: counted, packed with the index, sorted as doubles.
    const valuesArb = fc.oneof(
      fc.array(fc.integer({ min: -5, max: 5 }), { maxLength: 60 }),
      fc.array(fc.integer({ min: -2_000_000_000, max: 2_000_000_000 }), { maxLength: 60 }),
      fc.array(
        fc.oneof(fc.integer({ min: -3, max: 3 }), fc.double({ min: -1e6, max: 1e6, noNaN: true })),
        { maxLength: 60 },
      ),
    );
    fc.assert(
      fc.property(valuesArb, (values) => {
        const expected = midRanks(values);
        expect(midRanks(Float64Array.from(values))).toEqual(expected);
        expect(quintileScores(Float64Array.from(values))).toEqual(quintileScores(values));
        if (values.every((v) => Number.isInteger(v))) {
          expect(midRanks(Int32Array.from(values))).toEqual(expected);
        }
        // And the rule itself: values below, plus half the other values equal.
        values.forEach((v, i) => {
          const below = values.filter((w) => w < v).length;
          const equal = values.filter((w) => w === v).length;
          expect(expected[i]).toBe(below + (equal - 1) / 2);
        });
      }),
    );
  });
});
