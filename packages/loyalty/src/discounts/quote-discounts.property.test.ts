import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DiscountOffer, DiscountStanding } from './offer.ts';
import { quoteDiscounts } from './quote-discounts.ts';

const label = fc.constantFrom('Or', 'Club', 'NOEL', 'Pro', 'Bienvenue', '300 points');
const percent = fc.integer({ min: 0, max: 100 });
const cents = fc.integer({ min: 0, max: 1_000_000 });

const offerArb: fc.Arbitrary<DiscountOffer> = fc.oneof(
  fc.record({
    kind: fc.constantFrom('tier' as const, 'club' as const, 'welcome' as const),
    label,
    percent,
  }),
  fc.record({ kind: fc.constant('b2b_threshold' as const), label, spendCents: cents, percent }),
  fc.record({ kind: fc.constant('promo_code' as const), label, percent }),
  fc.record({
    kind: fc.constant('promo_code' as const),
    label,
    amountCents: cents,
    minimumPurchaseCents: fc.option(cents, { nil: undefined }),
  }),
  fc.record({ kind: fc.constant('points' as const), label, amountCents: cents }),
);

const standingArb: fc.Arbitrary<DiscountStanding> = fc.record({
  firstPurchase: fc.boolean(),
  b2bPeriodSpendCents: cents,
});

const caseArb = fc.record({
  amountCents: fc.integer({ min: 0, max: 10_000_000 }),
  standing: standingArb,
  offers: fc.array(offerArb, { maxLength: 8 }),
});

function quoted(input: Parameters<typeof quoteDiscounts>[0]) {
  const result = quoteDiscounts(input);
  if (!result.ok) throw new Error(`refused: ${result.code}`);
  return result.value;
}

describe('quoteDiscounts, for any amount and offers', () => {
  it('never asks less than 0 nor more than the amount, in whole cents', () => {
    fc.assert(
      fc.property(caseArb, (input) => {
        const q = quoted(input);
        expect(Number.isSafeInteger(q.amountDueCents)).toBe(true);
        expect(q.amountDueCents).toBeGreaterThanOrEqual(0);
        expect(q.amountDueCents).toBeLessThanOrEqual(input.amountCents);
        for (const d of q.discounts) {
          expect(Number.isSafeInteger(d.amountCents)).toBe(true);
          expect(d.amountCents).toBeGreaterThanOrEqual(0);
        }
      }),
    );
  });

  it('accounts for every cent: the discounts and the amount due add up to the amount', () => {
    fc.assert(
      fc.property(caseArb, (input) => {
        const q = quoted(input);
        const off = q.discounts.reduce((sum, d) => sum + d.amountCents, 0);
        expect(off + q.amountDueCents).toBe(input.amountCents);
      }),
    );
  });

  it('gives the same quote whatever order the offers arrive in', () => {
    fc.assert(
      fc.property(
        caseArb.chain((input) =>
          fc.tuple(
            fc.constant(input),
            fc.shuffledSubarray(input.offers, { minLength: input.offers.length }),
          ),
        ),
        ([input, shuffled]) => {
          const a = quoted(input);
          const b = quoted({ ...input, offers: shuffled });
          expect(b.discounts).toEqual(a.discounts);
          expect(b.amountDueCents).toBe(a.amountDueCents);
        },
      ),
    );
  });

  it('never makes the customer pay more for one more offer', () => {
    fc.assert(
      fc.property(caseArb, offerArb, (input, extra) => {
        const without = quoted(input).amountDueCents;
        const withExtra = quoted({ ...input, offers: [...input.offers, extra] }).amountDueCents;
        // A B2B step can replace a lower one, never raise what is due.
        expect(withExtra).toBeLessThanOrEqual(without);
      }),
    );
  });

  it('applies a percentage to what is left: two percentages never exceed their sum', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000 }),
        percent,
        percent,
        (amountCents, a, b) => {
          const q = quoted({
            amountCents,
            standing: { firstPurchase: false, b2bPeriodSpendCents: 0 },
            offers: [
              { kind: 'tier', label: 'Or', percent: a },
              { kind: 'club', label: 'Club', percent: b },
            ],
          });
          const off = amountCents - q.amountDueCents;
          // Within one cent per step of the exact stacked value.
          const exact = amountCents * (1 - (1 - a / 100) * (1 - b / 100));
          expect(Math.abs(off - exact)).toBeLessThanOrEqual(1);
        },
      ),
    );
  });
});
