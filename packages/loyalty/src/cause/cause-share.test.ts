import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CauseShareRule, causeShareCents, causeShareTakenBack } from './cause-share.ts';

describe('cause share', () => {
  it('gives a percentage of the amount paid, or a fixed amount per visit', () => {
    expect(causeShareCents({ kind: 'percent', basisPoints: 200 }, 1_250)).toBe(25);
    expect(causeShareCents({ kind: 'percent', basisPoints: 250 }, 1_010)).toBe(25); // 25,25 → 25
    expect(causeShareCents({ kind: 'percent', basisPoints: 250 }, 1_030)).toBe(26); // 25,75 → 26
    expect(causeShareCents({ kind: 'per_visit', cents: 50 }, 4_000)).toBe(50);
    expect(causeShareCents({ kind: 'per_visit', cents: 50 }, 30)).toBe(30);
    expect(causeShareCents({ kind: 'per_visit', cents: 50 }, 0)).toBe(0);
  });

  it('takes back half the share for half the purchase refunded', () => {
    expect(
      causeShareTakenBack({
        shareCents: 25,
        purchaseCents: 1_250,
        refundedBeforeCents: 0,
        refundCents: 625,
      }),
    ).toBe(13);
    expect(
      causeShareTakenBack({
        shareCents: 25,
        purchaseCents: 1_250,
        refundedBeforeCents: 625,
        refundCents: 625,
      }),
    ).toBe(12);
  });

  const rule: fc.Arbitrary<CauseShareRule> = fc.oneof(
    fc.record({
      kind: fc.constant('percent' as const),
      basisPoints: fc.integer({ min: 0, max: 5_000 }),
    }),
    fc.record({
      kind: fc.constant('per_visit' as const),
      cents: fc.integer({ min: 0, max: 10_000 }),
    }),
  );

  it('refunds in any slices take back exactly the share, never more, never less than nothing', () => {
    fc.assert(
      fc.property(
        rule,
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.array(fc.nat(), { minLength: 1, maxLength: 6 }),
        (r, amount, cuts) => {
          const share = causeShareCents(r, amount);
          expect(share).toBeGreaterThanOrEqual(0);
          expect(share).toBeLessThanOrEqual(amount);
          // Slices of the purchase that add up to the whole amount.
          const weights = cuts.map((c) => c + 1);
          const total = weights.reduce((a, b) => a + b, 0);
          const slices = weights.map((w) => Math.floor((amount * w) / total));
          slices[slices.length - 1]! += amount - slices.reduce((a, b) => a + b, 0);
          let refunded = 0;
          let takenBack = 0;
          for (const slice of slices) {
            const back = causeShareTakenBack({
              shareCents: share,
              purchaseCents: amount,
              refundedBeforeCents: refunded,
              refundCents: slice,
            });
            expect(back).toBeGreaterThanOrEqual(0);
            takenBack += back;
            refunded += slice;
            expect(takenBack).toBeLessThanOrEqual(share);
          }
          expect(takenBack).toBe(share);
        },
      ),
    );
  });
});
