import { describe, expect, it } from 'vitest';
import { DEFAULT_PRIORITY_WEIGHTS, type PriorityInput, priorityList } from '../../src/measures.ts';

const account = (overrides: Partial<PriorityInput> & { customerId: string }): PriorityInput => ({
  annualVolumeCents: 1_000_000,
  predictedAnnualValueCents: 1_000_000,
  onTimePaymentShare: 1,
  averageDaysLate: 0,
  marginRate: 0.3,
  relationshipYears: 3,
  disputeCostCents: 0,
  ...overrides,
});

describe('priorityList', () => {
  const accounts = [
    account({
      customerId: 'big',
      annualVolumeCents: 5_000_000,
      predictedAnnualValueCents: 5_000_000,
    }),
    account({
      customerId: 'growing',
      annualVolumeCents: 500_000,
      predictedAnnualValueCents: 1_500_000,
    }),
    account({
      customerId: 'difficult',
      onTimePaymentShare: 0.5,
      averageDaysLate: 30,
      disputeCostCents: 50_000,
    }),
  ];

  it('explains each point of the score', () => {
    const [first] = priorityList(accounts);
    // 'big': volume percentile 1 (rank 2 of 0..2); growth ratio 1 vs 3 and 1 → mid-rank 0.5 → 0.25;
    // payment 1; margin, seniority all tied → 0.5; disputes 1.
    const expected = {
      volume: 1,
      growth: 0.25,
      payment: 1,
      profitability: 0.5,
      relationship: 0.5,
      disputes: 1,
    };
    expect(first!.customerId).toBe('big');
    expect(Object.fromEntries(first!.components.map((c) => [c.component, c.normalised]))).toEqual(
      expected,
    );
    // score = 100 × (0.25·1 + 0.25·0.25 + 0.15·1 + 0.15·0.5 + 0.1·0.5 + 0.1·1) / 1 = 68.75
    expect(first!.score).toBeCloseTo(68.75, 10);
    expect(first!.components.find((c) => c.component === 'volume')?.points).toBeCloseTo(25, 10);
    expect(first!.mainReasonKey).toBe('priority.volume.high');
  });

  it('penalises late payment and disputes on an absolute scale', () => {
    const difficult = priorityList(accounts).find((e) => e.customerId === 'difficult')!;
    const byName = Object.fromEntries(difficult.components.map((c) => [c.component, c]));
    // 0.5 on time × (1 − 30 / 60) = 0.25
    expect(byName.payment!.normalised).toBeCloseTo(0.25, 12);
    expect(byName.payment!.reasonKey).toBe('priority.payment.low');
    // disputes: 500 € against a tolerance of 10 % of 10 000 € = 1 000 € → 1 − 0.5 = 0.5
    expect(byName.disputes!.normalised).toBeCloseTo(0.5, 12);
    expect(byName.disputes!.reasonKey).toBe('priority.disputes.medium');
  });

  it('ranks by score, then by customer id; weights reorder the list', () => {
    expect(priorityList(accounts).map((e) => [e.rank, e.customerId])).toEqual([
      [1, 'big'],
      [2, 'growing'],
      [3, 'difficult'],
    ]);
    // raising one weight keeps the others: growth 1 against 0.75 for the rest
    expect(priorityList(accounts, { weights: { growth: 1 } })[0]!.customerId).toBe('growing');
    const growthOnly = Object.fromEntries(Object.keys(DEFAULT_PRIORITY_WEIGHTS).map((k) => [k, 0]));
    expect(priorityList(accounts, { weights: { ...growthOnly, growth: 1 } })[0]!.customerId).toBe(
      'growing',
    );
    const twins = [account({ customerId: 'b' }), account({ customerId: 'a' })];
    expect(priorityList(twins).map((e) => e.customerId)).toEqual(['a', 'b']);
  });

  it('stays neutral with a single customer and rejects all-zero weights', () => {
    const [only] = priorityList([account({ customerId: 'solo' })]);
    expect(only!.components.find((c) => c.component === 'volume')?.normalised).toBe(0.5);
    const zero = Object.fromEntries(Object.keys(DEFAULT_PRIORITY_WEIGHTS).map((k) => [k, 0]));
    expect(() => priorityList(accounts, { weights: zero })).toThrow(/weights/);
  });
});
