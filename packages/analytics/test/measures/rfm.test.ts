import { describe, expect, it } from 'vitest';
import {
  DAY_MS,
  fmScore,
  midRanks,
  quintileScores,
  RFM_SEGMENT_LABELS,
  rfmFromPurchases,
  rfmScores,
  rfmSegment,
} from '../../src/measures.ts';

describe('quintileScores — 1 + ⌊5 × (midRank + ½) / n⌋', () => {
  it('gives one score per fifth with distinct values', () => {
    expect(quintileScores([50, 10, 40, 20, 30])).toEqual([5, 1, 4, 2, 3]);
    expect(quintileScores([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])).toEqual([1, 1, 2, 2, 3, 3, 4, 4, 5, 5]);
  });

  it('gives ties the score of their mid-rank', () => {
    expect(midRanks([10, 20, 20, 30])).toEqual([0, 1.5, 1.5, 3]);
    // mid-ranks 0, 1.5, 1.5, 3 of n = 4 → 1 + ⌊0.625⌋, 1 + ⌊2.5⌋, 1 + ⌊2.5⌋, 1 + ⌊4.375⌋
    expect(quintileScores([10, 20, 20, 30])).toEqual([1, 3, 3, 5]);
    expect(quintileScores([7, 7, 7])).toEqual([3, 3, 3]);
    // six one-time buyers out of ten: mid-rank 2.5 → 1 + ⌊5 × 3 / 10⌋ = 2
    expect(quintileScores([1, 1, 1, 1, 1, 1, 2, 3, 5, 9])).toEqual([2, 2, 2, 2, 2, 2, 4, 4, 5, 5]);
  });
});

describe('segments', () => {
  it('averages F and M rounding halves up', () => {
    expect(fmScore(4, 5)).toBe(5);
    expect(fmScore(1, 2)).toBe(2);
    expect(fmScore(3, 3)).toBe(3);
  });

  it('follows the documented R × FM grid', () => {
    const grid = [5, 4, 3, 2, 1].map((r) =>
      [1, 2, 3, 4, 5].map((fm) => rfmSegment(r as 1 | 2 | 3 | 4 | 5, fm as 1 | 2 | 3 | 4 | 5)),
    );
    expect(grid).toEqual([
      ['new', 'potentialLoyalist', 'potentialLoyalist', 'champions', 'champions'],
      ['promising', 'potentialLoyalist', 'potentialLoyalist', 'loyal', 'loyal'],
      ['aboutToSleep', 'aboutToSleep', 'needAttention', 'loyal', 'loyal'],
      ['hibernating', 'hibernating', 'atRisk', 'atRisk', 'cantLoseThem'],
      ['lost', 'hibernating', 'atRisk', 'atRisk', 'cantLoseThem'],
    ]);
    expect(new Set(grid.flat()).size).toBe(11);
  });

  it('has French and English labels', () => {
    expect(RFM_SEGMENT_LABELS.cantLoseThem).toEqual({
      en: "Can't lose them",
      fr: 'À ne pas perdre',
    });
    expect(RFM_SEGMENT_LABELS.aboutToSleep.fr).toBe('Sur le point de décrocher');
  });
});

describe('rfmScores / rfmFromPurchases', () => {
  const asOf = 100 * DAY_MS;
  const customers = [
    { customerId: 'fan', lastPurchaseAt: 99 * DAY_MS, purchases: 40, monetaryCents: 40_000 },
    { customerId: 'gone-fan', lastPurchaseAt: 10 * DAY_MS, purchases: 30, monetaryCents: 35_000 },
    { customerId: 'newbie', lastPurchaseAt: 98 * DAY_MS, purchases: 2, monetaryCents: 500 },
    { customerId: 'middle', lastPurchaseAt: 60 * DAY_MS, purchases: 5, monetaryCents: 4_000 },
    { customerId: 'lost', lastPurchaseAt: 1 * DAY_MS, purchases: 1, monetaryCents: 300 },
  ];

  it('scores and names the textbook cases', () => {
    const scores = rfmScores(customers, { asOf });
    expect(
      scores.map((s) => [s.customerId, s.recency, s.frequencyScore, s.monetaryScore, s.segment]),
    ).toEqual([
      ['fan', 5, 5, 5, 'champions'],
      ['gone-fan', 2, 4, 4, 'atRisk'],
      ['newbie', 4, 2, 2, 'potentialLoyalist'],
      ['middle', 3, 3, 3, 'needAttention'],
      ['lost', 1, 1, 1, 'lost'],
    ]);
    expect(scores[0]!.recencyDays).toBe(1);
  });

  it('gives tied customers the same score, halves of FM rounded up', () => {
    const tied = customers.map((c) => (c.customerId === 'newbie' ? { ...c, purchases: 1 } : c));
    const [newbie, lost] = rfmScores(tied, { asOf }).filter((s) => s.frequency === 1);
    // two one-time buyers of five: mid-rank 0.5 → 1 + ⌊5 × 1 / 5⌋ = 2 for both
    expect([newbie!.frequencyScore, lost!.frequencyScore]).toEqual([2, 2]);
    // lost: R 1, FM ⌈(2 + 1) / 2⌉ = 2 → hibernating rather than lost
    expect(lost!.segment).toBe('hibernating');
  });

  it('aggregates purchases in [since, asOf)', () => {
    const purchases = [
      { customerId: 'b', at: 5 * DAY_MS, amountCents: 700 },
      { customerId: 'a', at: 1 * DAY_MS, amountCents: 300 },
      { customerId: 'a', at: 8 * DAY_MS, amountCents: 200 },
      { customerId: 'a', at: 20 * DAY_MS, amountCents: 9_000 }, // at asOf: excluded
    ];
    const scores = rfmFromPurchases(purchases, { asOf: 20 * DAY_MS });
    expect(scores.map((s) => [s.customerId, s.frequency, s.monetaryCents, s.recencyDays])).toEqual([
      ['a', 2, 500, 12],
      ['b', 1, 700, 15],
    ]);
  });
});
