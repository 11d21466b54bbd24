import { describe, expect, it } from 'vitest';
import { buildPointsProgram, buildStampCard } from '../../test/factories.ts';
import type { Reward } from '../model/reward.ts';
import type { TierLadder } from '../tiers/ladder.ts';
import { simulateProgram } from './simulate-program.ts';
import type { PastPurchase } from './simulation.ts';

const reward = (
  over: Partial<Reward> & Pick<Reward, 'id' | 'cost' | 'costPriceCents'>,
): Reward => ({
  programId: 'points',
  name: { fr: over.id, en: over.id },
  retailValueCents: over.costPriceCents * 3,
  ...over,
});
let n = 0;
const sale = (customerId: string, iso: string, amountCents: number): PastPurchase => ({
  id: `s${++n}`,
  customerId,
  at: new Date(iso),
  amountCents,
});

describe('simulateProgram: a stamp card on a hand-computed history', () => {
  // Card: 1 stamp per visit, 5 stamps → a coffee costing the shop 1,50 € (150 c).
  // A: 6 visits of 10 € = 60 €; B: 2 visits of 20 € = 40 €. Spend 100 € = 10 000 c, 8 visits.
  // A's 5th visit fills the card: 1 reward, 150 c; A keeps 1 stamp, B holds 2: 3 stamps left.
  // Cost ratio 150 / 10 000 = 1,5 % (within 1–5 %).
  // Liability: 3 stamps × 150 c / 5 = 90 c.
  // Break-even at 60 % margin: (150 + 90) / (10 000 × 0,6) = 4 % more visits;
  // 8 visits × 4 % = 0,32 extra visits, over 2 customers = 0,16 each.
  const card = buildStampCard({ stampsPerCard: 5, rewardId: 'coffee' });
  const coffee = reward({ id: 'coffee', programId: 'card', cost: 5, costPriceCents: 150 });
  const purchases = [
    ...[1, 2, 3, 4, 5, 6].map((d) => sale('A', `2026-0${d}-10T10:00:00Z`, 1000)),
    sale('B', '2026-03-01T10:00:00Z', 2000),
    sale('B', '2026-04-01T10:00:00Z', 2000),
  ];

  it('gives one coffee, costs 1,5 % of spend, leaves 90 c of liability and needs a 4 % lift', () => {
    const result = simulateProgram({
      program: card,
      rewards: [coffee],
      purchases,
      end: new Date('2026-12-31T23:00:00Z'),
      grossMarginPercent: 60,
    });
    expect(result).toEqual({
      customers: 2,
      visits: 8,
      spendCents: 10_000,
      earned: 8,
      redeemed: 5,
      expired: 0,
      outstanding: 3,
      rewardsGiven: 1,
      byReward: [{ rewardId: 'coffee', count: 1, costCents: 150 }],
      rewardCostCents: 150,
      discountCents: 0,
      costCents: 150,
      costRatioPercent: 1.5,
      band: 'within',
      liabilityCents: 90,
      breakEven: { extraVisitsPerCustomer: 0.16, liftPercent: 4 },
    });
  });
});

describe('simulateProgram: points with a catalog, expiry and a tier ladder', () => {
  // 1 point per euro (floor); catalog: 50 pts → coffee (80 c), 100 pts → cake (200 c).
  // Points lapse 6 months after the last activity.
  const points = buildPointsProgram({ expiry: { monthsWithoutActivity: 6, noticeDays: 15 } });
  const catalog = [
    reward({ id: 'cake', cost: 100, costPriceCents: 200 }),
    reward({ id: 'coffee', cost: 50, costPriceCents: 80 }),
  ];
  // C: 30 € on 1 Jan and 30 € on 1 Feb → 60 pts; the cheapest reward (coffee, 50) is taken on
  //    1 Feb (80 c), 10 pts remain; no activity after 1 Feb (the redemption), so they lapse on
  //    1 Aug: 10 expired.
  // D: 45 € on 1 Dec → 45 pts outstanding at the end.
  // Spend 105 € = 10 500 c; cost 80 c = 0,76 % (below the guideline).
  // Liability: 45 pts × 80 c / 50 = 72 c.
  // Break-even at 50 % margin: (80 + 72) / (10 500 × 0,5) = 2,895… % → 2,9 %;
  // 3 visits × that / 2 customers = 0,0434… → 0,04 extra visits each.
  const purchases = [
    sale('C', '2026-01-01T10:00:00Z', 3000),
    sale('C', '2026-02-01T10:00:00Z', 3000),
    sale('D', '2026-12-01T10:00:00Z', 4500),
  ];

  it('redeems the cheapest reward when affordable, lets the rest lapse, values the remainder at cost', () => {
    const result = simulateProgram({
      program: points,
      rewards: catalog,
      purchases,
      end: new Date('2026-12-31T23:00:00Z'),
      grossMarginPercent: 50,
    });
    expect(result).toMatchObject({
      customers: 2,
      visits: 3,
      spendCents: 10_500,
      earned: 105,
      redeemed: 50,
      expired: 10,
      outstanding: 45,
      rewardsGiven: 1,
      byReward: [{ rewardId: 'coffee', count: 1, costCents: 80 }],
      costCents: 80,
      costRatioPercent: 0.76,
      band: 'below',
      liabilityCents: 72,
      breakEven: { extraVisitsPerCustomer: 0.04, liftPercent: 2.9 },
    });
  });

  it('applies the multiplier and discount of the level held before each purchase', () => {
    // Ladder over 12 months: Membre (×1), Or from 50 € spend (×2 points, 10 % off).
    // E: 60 € on 1 Mar (Membre before it: 60 pts), then 10 € on 1 Apr (Or: 10 × 2 = 20 pts,
    //    discount 10 % of 10 € = 100 c). 80 pts: one coffee at 60 pts (1 Mar, 80 c), 10 + 20 = 30
    //    left. Cost 80 + 100 = 180 c on 7 000 c = 2,57 %.
    const ladder: TierLadder = {
      windowMonths: 12,
      review: { periodMonths: 12, graceMonths: 0 },
      levels: [
        {
          id: 'm',
          name: 'Membre',
          colour: '#888888',
          criteria: {},
          benefits: { pointsMultiplierPercent: 100, discountPercent: 0, perks: [] },
        },
        {
          id: 'o',
          name: 'Or',
          colour: '#d4af37',
          criteria: { spendCents: 5000 },
          benefits: { pointsMultiplierPercent: 200, discountPercent: 10, perks: [] },
        },
      ],
    };
    const result = simulateProgram({
      program: buildPointsProgram(),
      rewards: catalog,
      tiers: { ladder, timeZone: 'Europe/Paris' },
      purchases: [sale('E', '2026-03-01T10:00:00Z', 6000), sale('E', '2026-04-01T10:00:00Z', 1000)],
      end: new Date('2026-12-31T23:00:00Z'),
      grossMarginPercent: 50,
    });
    expect(result).toMatchObject({
      earned: 80,
      redeemed: 50,
      outstanding: 30,
      rewardCostCents: 80,
      discountCents: 100,
      costCents: 180,
      costRatioPercent: 2.57,
      band: 'within',
    });
  });
});
