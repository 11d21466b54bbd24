import { describe, expect, it } from 'vitest';
import { buildPointsProgram, buildPurchase, buildStampCard, NOW } from '../../test/factories.ts';
import { recordPurchaseForPrograms } from './record-purchase-for-programs.ts';

describe('recordPurchaseForPrograms', () => {
  it('lets one program earn while another rejects the purchase', () => {
    const card = buildStampCard({ minimumPurchaseCents: 500 });
    const points = buildPointsProgram();
    const outcome = recordPurchaseForPrograms({
      programs: [card, points],
      purchase: buildPurchase({ amountCents: 350 }),
      entries: [],
      now: NOW,
    });
    expect(outcome.earnedByProgram).toEqual({ card: 0, points: 3 });
    expect(outcome.entries.map((e) => [e.programId, e.delta])).toEqual([['points', 3]]);
    expect(outcome.rejections).toEqual([
      {
        programId: 'card',
        rejection: {
          ok: false,
          code: 'below_minimum_purchase',
          detail: { minimumPurchaseCents: 500, amountCents: 350 },
        },
      },
    ]);
  });

  it('stamps two cards from one purchase', () => {
    const coffee = buildStampCard({ id: 'coffee-card' });
    const pastry = buildStampCard({ id: 'pastry-card', rewardId: 'croissant', stampsPerCard: 1 });
    const outcome = recordPurchaseForPrograms({
      programs: [coffee, pastry],
      purchase: buildPurchase(),
      entries: [],
      now: NOW,
    });
    expect(outcome.earnedByProgram).toEqual({ 'coffee-card': 1, 'pastry-card': 1 });
    expect(outcome.vouchers.map((v) => v.rewardId)).toEqual(['croissant']);
  });
});

describe('recordPurchaseForPrograms with a tier multiplier', () => {
  it('multiplies points, not stamps: an Or customer at ×2 earns 25 points and 1 stamp', () => {
    const outcome = recordPurchaseForPrograms({
      programs: [buildStampCard(), buildPointsProgram()],
      purchase: buildPurchase({ amountCents: 1250 }),
      entries: [],
      now: NOW,
      pointsMultiplierPercent: 200,
    });
    expect(outcome.earnedByProgram).toEqual({ card: 1, points: 25 });
    const earn = outcome.entries.find((entry) => entry.programId === 'points');
    expect(earn?.delta).toBe(25);
  });
});
