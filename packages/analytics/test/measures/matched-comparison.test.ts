import { describe, expect, it } from 'vitest';
import {
  type ComparisonCustomer,
  comparisonCustomers,
  DAY_MS,
  matchedMarginDifference,
  programRoiEstimate,
} from '../../src/measures.ts';

const customer = (
  isMember: boolean,
  preSpendCents: number,
  periodMarginCents: number,
  seniorityDays = 400,
): ComparisonCustomer => ({
  customerId: `${isMember}-${preSpendCents}-${periodMarginCents}`,
  isMember,
  preSpendCents,
  seniorityDays,
  periodMarginCents,
});

describe('matchedMarginDifference', () => {
  // Low spenders (band 0): members 1 000 and 1 400 vs non-members 800 → +400.
  // High spenders (band 1): one member 5 000 vs non-members 4 000 and 4 400 → +800.
  // A member with pre-spend 99 999 (band 2) has no non-member twin → unmatched.
  const customers = [
    customer(true, 1_000, 1_000),
    customer(true, 2_000, 1_400),
    customer(false, 1_500, 800),
    customer(true, 20_000, 5_000),
    customer(false, 15_000, 4_000),
    customer(false, 30_000, 4_400),
    customer(true, 99_999, 9_000),
  ];
  const bands = { spendBandEdgesCents: [10_000, 50_000], seniorityBandEdgesDays: [365] };

  it('weights cell differences by member count', () => {
    const result = matchedMarginDifference(customers, bands);
    // (2 × 400 + 1 × 800) / 3 = 533.33
    expect(result.perMemberCents).toBeCloseTo(1_600 / 3, 9);
    expect(result).toMatchObject({ members: 4, matchedMembers: 3 });
    expect(
      result.strata.map((s) => [s.spendBand, s.members, s.nonMembers, s.differenceCents]),
    ).toEqual([
      [0, 2, 1, 400],
      [1, 1, 2, 800],
      [2, 1, 0, null],
    ]);
    // SE² = (2² × (s²=80 000 / 2 + 0) + 1² × (0 + s²=80 000 / 2)) / 3² = 200 000 / 9
    expect(result.standardErrorCents).toBeCloseTo(Math.sqrt(200_000 / 9), 9);
  });

  it('does not mix seniority bands', () => {
    const young = customer(false, 1_500, 0, 30);
    const result = matchedMarginDifference([...customers, young], bands);
    expect(result.perMemberCents).toBeCloseTo(1_600 / 3, 9);
  });

  it('turns into an ROI with its method and limits', () => {
    const estimate = programRoiEstimate(customers, { programCostCents: 1_000, ...bands });
    // 533.33 × 4 members = 2 133 cents of incremental margin → (2 133 − 1 000) / 1 000
    expect(estimate.incrementalMarginCents).toBe(2_133);
    expect(estimate.roi).toBeCloseTo(1.133, 9);
    expect(estimate.method.key).toBe('stratifiedMatching');
    expect(estimate.limitations.map((l) => l.key)).toContain('selfSelection');
  });
});

describe('comparisonCustomers', () => {
  it('splits each history into pre-period spend, seniority and period margin', () => {
    const purchases = [
      { customerId: 'a', at: 10 * DAY_MS, amountCents: 1_000 },
      { customerId: 'a', at: 110 * DAY_MS, amountCents: 2_000 },
      { customerId: 'a', at: 300 * DAY_MS, amountCents: 7_000 }, // after end
      { customerId: 'b', at: 150 * DAY_MS, amountCents: 500 },
      { customerId: 'c', at: 400 * DAY_MS, amountCents: 500 }, // only after end: left out
    ];
    expect(
      comparisonCustomers(purchases, {
        start: 100 * DAY_MS,
        end: 200 * DAY_MS,
        isMember: (id) => id === 'a',
        margin: { kind: 'rate', rate: 0.5 },
      }),
    ).toEqual([
      {
        customerId: 'a',
        isMember: true,
        preSpendCents: 1_000,
        seniorityDays: 90,
        periodMarginCents: 1_000,
      },
      {
        customerId: 'b',
        isMember: false,
        preSpendCents: 0,
        seniorityDays: 0,
        periodMarginCents: 250,
      },
    ]);
  });
});
