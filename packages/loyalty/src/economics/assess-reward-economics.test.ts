import { describe, expect, it } from 'vitest';
import { buildPointsProgram, buildReward, buildStampCard } from '../../test/factories.ts';
import { assessRewardEconomics } from './assess-reward-economics.ts';

describe('assessRewardEconomics', () => {
  it('10-stamp card, one per visit, 5 € basket, 1 € coffee retailing 2,50 € → 2 %, within', () => {
    const result = assessRewardEconomics({
      program: buildStampCard(),
      reward: buildReward(),
      estimate: { averageBasketCents: 500 },
    });
    expect(result).toEqual({
      ok: true,
      value: {
        spendNeededCents: 5000,
        costPriceCents: 100,
        retailValueCents: 250,
        costRatioPercent: 2,
        perceivedValuePercent: 5,
        band: 'within',
        reasonKey: 'economics.cost_ratio.within_guideline',
        guideline: { minPercent: 1, maxPercent: 5 },
      },
    });
  });

  it('falls back on the minimum purchase, and uses the larger of basket and minimum', () => {
    const program = buildStampCard({ minimumPurchaseCents: 800 });
    const alone = assessRewardEconomics({ program, reward: buildReward() });
    expect(alone).toMatchObject({ value: { spendNeededCents: 8000, costRatioPercent: 1.25 } });
    const smaller = assessRewardEconomics({
      program,
      reward: buildReward(),
      estimate: { averageBasketCents: 500 },
    });
    expect(smaller).toMatchObject({ value: { spendNeededCents: 8000 } });
  });

  it('salon: 5 coupes at 30 € for a treatment costing 8 € → 5,33 %, above', () => {
    const program = buildStampCard({ rule: { per: 'item', category: 'coupe' }, stampsPerCard: 5 });
    const reward = buildReward({ cost: 5, costPriceCents: 800 });
    expect(
      assessRewardEconomics({ program, reward, estimate: { averageItemPriceCents: 3000 } }),
    ).toMatchObject({
      value: { spendNeededCents: 15_000, costRatioPercent: 5.33, band: 'above' },
    });
  });

  it('one stamp per 10 € on a 10-stamp card: 100 € for a 50 c reward → 0,5 %, below', () => {
    const program = buildStampCard({ rule: { per: 'spend', centsPerStamp: 1000 } });
    expect(
      assessRewardEconomics({ program, reward: buildReward({ costPriceCents: 50 }) }),
    ).toMatchObject({
      value: {
        spendNeededCents: 10_000,
        band: 'below',
        reasonKey: 'economics.cost_ratio.below_guideline',
      },
    });
  });

  it('points: 150 points at 2 pt/€ need 75 € of purchases', () => {
    const program = buildPointsProgram({ pointsPerEuro: 2 });
    const reward = buildReward({ programId: 'points', cost: 150, costPriceCents: 300 });
    expect(assessRewardEconomics({ program, reward })).toMatchObject({
      value: { spendNeededCents: 7500, costRatioPercent: 4, band: 'within' },
    });
  });

  it('asks for the estimate it needs', () => {
    expect(assessRewardEconomics({ program: buildStampCard(), reward: buildReward() })).toEqual({
      ok: false,
      code: 'missing_spend_estimate',
      detail: { needs: 'averageBasketCents' },
    });
    const perItem = buildStampCard({ rule: { per: 'item', category: 'heure' } });
    expect(assessRewardEconomics({ program: perItem, reward: buildReward() })).toMatchObject({
      detail: { needs: 'averageItemPriceCents' },
    });
  });
});
