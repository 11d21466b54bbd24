import { describe, expect, it } from 'vitest';
import type { TierLadder } from './ladder.ts';
import { nextTierReview } from './next-review.ts';

const ladder = (periodMonths: TierLadder['review']['periodMonths']): TierLadder => ({
  levels: [],
  windowMonths: 12,
  review: { periodMonths, graceMonths: 0 },
});

describe('nextTierReview', () => {
  it('is the last day of the current period, in the shop’s calendar', () => {
    expect(nextTierReview(ladder(12), new Date('2026-05-02T10:00:00Z'), 'Europe/Paris')).toBe(
      '2026-12-31',
    );
    expect(nextTierReview(ladder(3), new Date('2026-05-02T10:00:00Z'), 'Europe/Paris')).toBe(
      '2026-06-30',
    );
    // 31 December 23:30 UTC is already 1 January in Paris: the next year's review.
    expect(nextTierReview(ladder(12), new Date('2026-12-31T23:30:00Z'), 'Europe/Paris')).toBe(
      '2027-12-31',
    );
    // The review day itself is still before its review.
    expect(nextTierReview(ladder(1), new Date('2026-02-28T12:00:00Z'), 'Europe/Paris')).toBe(
      '2026-02-28',
    );
  });
});
