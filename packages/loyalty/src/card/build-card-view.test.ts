import { describe, expect, it } from 'vitest';
import {
  buildEntry,
  buildPointsProgram,
  buildReward,
  buildStampCard,
  daysLater,
  NOW,
} from '../../test/factories.ts';
import type { Voucher } from '../model/voucher.ts';
import { buildCardView } from './build-card-view.ts';

const card = buildStampCard();
const points = buildPointsProgram({ expiry: { monthsWithoutActivity: 12, noticeDays: 30 } });
const rewards = [
  buildReward(),
  buildReward({ id: 'croissant', programId: 'points', cost: 150 }),
  buildReward({ id: 'tote', programId: 'points', cost: 400 }),
  buildReward({ id: 'mug', programId: 'points', cost: 100, archived: true }),
];
const voucher = (id: string, issuedAt: Date, expiresAt: Date | null): Voucher => ({
  id,
  code: id,
  programId: 'card',
  rewardId: 'coffee',
  cost: 10,
  unit: 'stamps',
  issuedAt,
  expiresAt,
  source: { type: 'card_completed', purchaseId: id },
});
const pts = (delta: number, at = NOW) =>
  buildEntry({
    programId: 'points',
    unit: 'points',
    kind: 'earn',
    delta,
    at,
    cause: { type: 'purchase', purchaseId: 'x', amountCents: 1 },
  });

describe('buildCardView', () => {
  it('shows 7/10 stamps and only the vouchers still usable, oldest first', () => {
    const vouchers = [
      voucher('new', NOW, null),
      voucher('old', daysLater(NOW, -10), null),
      voucher('used', daysLater(NOW, -5), null),
      voucher('stale', daysLater(NOW, -40), daysLater(NOW, -10)),
    ];
    const [view] = buildCardView({
      programs: [card],
      rewards,
      entries: [buildEntry({ delta: 7 })],
      vouchers,
      voucherEvents: [{ kind: 'used', voucherId: 'used', at: NOW, redemptionId: 'u' }],
      now: NOW,
    });
    expect(view).toMatchObject({
      programId: 'card',
      unit: 'stamps',
      balance: 7,
      progress: { current: 7, target: 10, rewardId: 'coffee' },
      redeemableRewardIds: [],
      expiry: null,
      clawbackOwed: 0,
    });
    expect(view?.availableVouchers.map((v) => v.id)).toEqual(['old', 'new']);
  });

  it('points: 120 of 150 towards the cheapest active reward, ignoring archived ones', () => {
    const [view] = buildCardView({
      programs: [points],
      rewards,
      entries: [pts(120)],
      vouchers: [],
      voucherEvents: [],
      now: NOW,
    });
    expect(view?.progress).toEqual({ current: 120, target: 150, rewardId: 'croissant' });
    expect(view?.redeemableRewardIds).toEqual([]);
    expect(view?.expiry).toMatchObject({
      expiresAt: new Date('2027-11-22T10:00:00Z'),
      noticeAt: new Date('2027-10-23T10:00:00Z'),
    });
  });

  it('points: lists what can be bought and aims at the next one', () => {
    const [view] = buildCardView({
      programs: [points],
      rewards,
      entries: [pts(200)],
      vouchers: [],
      voucherEvents: [],
      now: NOW,
    });
    expect(view?.redeemableRewardIds).toEqual(['croissant']);
    expect(view?.progress).toEqual({ current: 200, target: 400, rewardId: 'tote' });
  });

  it('shows lapsed points as gone even before the job runner records it', () => {
    const old = pts(300, new Date('2025-01-01T00:00:00Z'));
    const [view] = buildCardView({
      programs: [points],
      rewards,
      entries: [old],
      vouchers: [],
      voucherEvents: [],
      now: NOW,
    });
    expect(view).toMatchObject({ balance: 0, expiry: null, progress: { current: 0, target: 150 } });
  });

  it('tells staff what refunds could not take back', () => {
    const refund = buildEntry({
      kind: 'reverse',
      delta: -2,
      cause: { type: 'refund', purchaseId: 'p', refundId: 'r', refundedCents: 900, shortfall: 1 },
    });
    const [view] = buildCardView({
      programs: [card],
      rewards,
      entries: [buildEntry({ delta: 2 }), refund],
      vouchers: [],
      voucherEvents: [],
      now: NOW,
    });
    expect(view?.clawbackOwed).toBe(1);
  });
});
