import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nextItemRules, suggestNextItems } from '../../src/measures.ts';

const purchasesArb = fc.array(
  fc.record({
    customerId: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'),
    at: fc.constantFrom('2026-01', '2026-02', '2026-03'),
    items: fc.uniqueArray(fc.constantFrom('coupe', 'soin', 'brushing', 'couleur'), {
      maxLength: 3,
    }),
  }),
  { maxLength: 30 },
);

describe('cross-sell properties', () => {
  it('rules are proper measures: lift = confidence ÷ base rate, support ≤ confidence ≤ 1', () => {
    fc.assert(
      fc.property(purchasesArb, (purchases) => {
        for (const r of nextItemRules(purchases, { minCustomers: 1 })) {
          expect(r.antecedent).not.toBe(r.consequent);
          expect(r.support).toBeLessThanOrEqual(r.confidence + 1e-12);
          expect(r.confidence).toBeLessThanOrEqual(1);
          expect(r.lift).toBeGreaterThan(0);
        }
      }),
    );
  });

  it('does not depend on the order the purchases are read in', () => {
    fc.assert(
      fc.property(purchasesArb, (purchases) => {
        expect(nextItemRules([...purchases].reverse(), { minCustomers: 1 })).toEqual(
          nextItemRules(purchases, { minCustomers: 1 }),
        );
      }),
    );
  });

  it('never suggests an item the customer has', () => {
    fc.assert(
      fc.property(
        purchasesArb,
        fc.uniqueArray(fc.constantFrom('coupe', 'soin', 'brushing', 'couleur')),
        (purchases, owned) => {
          const rules = nextItemRules(purchases, { minCustomers: 1 });
          for (const s of suggestNextItems(owned, rules)) {
            expect(owned).not.toContain(s.item);
            expect(owned).toContain(s.because);
          }
        },
      ),
    );
  });
});
