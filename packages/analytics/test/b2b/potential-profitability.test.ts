import { describe, expect, it } from 'vitest';
import { type CategorySpend, profitability, purchasePotential } from '../../src/measures.ts';

const accounts: CategorySpend[] = [
  { accountId: 'hotel', byCategory: { pain: 300_000 } },
  { accountId: 'bistrot', byCategory: { pain: 200_000, viennoiserie: 90_000 } },
  { accountId: 'cantine', byCategory: { pain: 500_000, viennoiserie: 110_000, traiteur: 40_000 } },
  { accountId: 'fleuriste', byCategory: { fleurs: 70_000 } },
];

describe('purchasePotential', () => {
  it('lists what comparable accounts buy and this one does not, at their median spend', () => {
    expect(purchasePotential('hotel', accounts)).toEqual({
      missing: [
        { category: 'viennoiserie', buyers: 2, typicalAnnualCents: 100_000 },
        { category: 'traiteur', buyers: 1, typicalAnnualCents: 40_000 },
      ],
      // The florist buys nothing the hotel buys: not comparable.
      comparableAccounts: 2,
      potentialCents: 140_000,
      source: 'comparable_accounts',
    });
  });

  it('keeps only categories enough comparable accounts buy', () => {
    const potential = purchasePotential('hotel', accounts, { minBuyerShare: 0.75 });
    expect(potential.missing.map((m) => m.category)).toEqual(['viennoiserie']);
  });

  it("takes the owner's estimate as the potential when given", () => {
    expect(purchasePotential('hotel', accounts, { ownerEstimateCents: 500_000 })).toMatchObject({
      potentialCents: 500_000,
      source: 'owner',
    });
  });

  it('has no potential when every comparable account buys the same', () => {
    expect(purchasePotential('cantine', accounts)).toMatchObject({
      missing: [],
      potentialCents: 0,
      source: 'none',
    });
  });
});

describe('profitability', () => {
  it('is the margin minus the cost of serving', () => {
    expect(
      profitability({ netSpendCents: 1_000_000, marginRate: 0.3, servingCostCents: 350_000 }),
    ).toEqual({
      marginCents: 300_000,
      servingCostCents: 350_000,
      profitCents: -50_000,
      profitRate: -0.05,
    });
    expect(
      profitability({ netSpendCents: 0, marginRate: 0.3, servingCostCents: 0 }).profitRate,
    ).toBe(null);
  });
});
