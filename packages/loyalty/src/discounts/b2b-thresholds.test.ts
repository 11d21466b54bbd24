import { describe, expect, it } from 'vitest';
import {
  type B2bThresholds,
  b2bPeriodStart,
  b2bThresholdOffers,
  b2bThresholdProblems,
  tradeDiscountCard,
} from './b2b-thresholds.ts';
import { quoteDiscounts } from './quote-discounts.ts';

/** The owner's steps of the example: from 500 €, 3 %; from 2 000 €, 5 %, over 12 months. */
const STEPS: B2bThresholds = {
  periodMonths: 12,
  steps: [
    { fromCents: 50_000, percent: 3 },
    { fromCents: 200_000, percent: 5 },
  ],
};

function due(spendCents: number, amountCents: number) {
  const result = quoteDiscounts({
    amountCents,
    offers: b2bThresholdOffers(STEPS, 'Martin SARL'),
    standing: { firstPurchase: false, b2bPeriodSpendCents: spendCents },
  });
  if (!result.ok) throw new Error(result.code);
  return result.value;
}

describe('B2B thresholds', () => {
  it('gives nothing below the first step, the step reached, and only the highest one reached', () => {
    expect(due(49_999, 10_000).amountDueCents).toBe(10_000);
    expect(due(49_999, 10_000).notApplied).toHaveLength(2);
    expect(due(50_000, 10_000).discounts).toEqual([
      { kind: 'b2b_threshold', label: 'Martin SARL', percent: 3, amountCents: 300 },
    ]);
    expect(due(250_000, 10_000).discounts).toEqual([
      { kind: 'b2b_threshold', label: 'Martin SARL', percent: 5, amountCents: 500 },
    ]);
  });

  it('refuses steps that do not climb in spend and in percentage', () => {
    expect(b2bThresholdProblems(STEPS)).toEqual([]);
    expect(
      b2bThresholdProblems({
        periodMonths: 12,
        steps: [
          { fromCents: 200_000, percent: 5 },
          { fromCents: 50_000, percent: 3 },
          { fromCents: 300_000, percent: 3 },
        ],
      }),
    ).toEqual([
      { step: 1, code: 'threshold_not_increasing' },
      { step: 2, code: 'percent_not_increasing' },
    ]);
  });

  it('counts the spend over the last months, the end of a shorter month clamped', () => {
    expect(b2bPeriodStart(STEPS, new Date('2026-12-06T10:00:00Z'))).toEqual(
      new Date('2025-12-06T10:00:00Z'),
    );
    expect(
      b2bPeriodStart({ periodMonths: 1, steps: [] }, new Date('2026-03-31T08:00:00Z')),
    ).toEqual(new Date('2026-02-28T08:00:00Z'));
  });

  it('tells the card the step reached and what the next one takes', () => {
    expect(tradeDiscountCard(STEPS, 10_000)).toEqual({
      percent: 0,
      next: { percent: 3, spendLeftCents: 40_000 },
    });
    expect(tradeDiscountCard(STEPS, 60_000)).toEqual({
      percent: 3,
      next: { percent: 5, spendLeftCents: 140_000 },
    });
    expect(tradeDiscountCard(STEPS, 200_000)).toEqual({ percent: 5, next: null });
  });
});
