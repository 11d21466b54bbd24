import { describe, expect, it } from 'vitest';
import { sameHistories } from '../../src/pipeline/same-history.ts';
import type { CustomerSummary } from '../../src/summary/customer-summary.ts';

function summaryOf(histories: [x: number, recency: number, T: number][]): CustomerSummary {
  const n = histories.length;
  const column = (k: 0 | 1 | 2) => Float64Array.from(histories, (h) => h[k]);
  return {
    unit: 'week',
    windowEndDay: 0,
    asOfDay: 0,
    customerCount: n,
    purchaseDays: Int32Array.from(histories, (h) => h[0] + 1),
    frequency: Int32Array.from(histories, (h) => h[0]),
    recency: column(1),
    T: column(2),
    monetaryRepeatCents: new Float64Array(n),
    monetaryAllCents: new Float64Array(n),
    firstPurchaseDay: new Int32Array(n),
    lastPurchaseDay: new Int32Array(n),
    revenueCents: new Float64Array(n),
    refundCents: new Float64Array(n),
    holdout: null,
  };
}

describe('sameHistories', () => {
  it('points each customer at the first with the same (x, t_x, T), and the same (x, T)', () => {
    const same = sameHistories(
      summaryOf([
        [2, 10 / 7, 30 / 7],
        [2, 11 / 7, 30 / 7], // another t_x: another history, the same pair
        [2, 10 / 7, 30 / 7], // the first one's history
        [3, 10 / 7, 30 / 7], // another x
        [2, 10 / 7, 31 / 7], // another T
        [2, 0.5000001, 30 / 7], // times that are not whole days count by their exact value
        [2, 0.5, 30 / 7],
        [0, 0, 30 / 7],
        [0, -0, 30 / 7], // −0 is 0
      ]),
    );
    expect([...same.history]).toEqual([0, 1, 0, 3, 4, 5, 6, 7, 7]);
    expect([...same.pair]).toEqual([0, 0, 0, 3, 4, 0, 0, 7, 7]);
  });
});
