import { describe, expect, it } from 'vitest';
import {
  buildEntry,
  buildPointsProgram,
  buildReward,
  buildStampCard,
  expectOk,
  NOW,
} from '../../test/factories.ts';
import { balanceOf } from '../ledger/balance.ts';
import { redeemPoints } from './redeem-points.ts';

const program = buildPointsProgram({ voucherValidityDays: 7 });
const coffee = buildReward({ programId: 'points', cost: 100 });
const points = (delta: number) => buildEntry({ programId: 'points', unit: 'points', delta });

describe('redeemPoints', () => {
  it('debits the reward cost and issues a voucher: 150 − 100 = 50', () => {
    const entries = [points(150)];
    const outcome = expectOk(
      redeemPoints({ program, reward: coffee, entries, redemptionId: 'r1', now: NOW }),
    );
    expect(outcome.entries).toEqual([
      {
        programId: 'points',
        programVersion: 1,
        kind: 'redeem',
        unit: 'points',
        delta: -100,
        at: NOW,
        cause: {
          type: 'redemption',
          redemptionId: 'r1',
          rewardId: 'coffee',
          voucherId: 'points:redemption:r1',
        },
      },
    ]);
    expect(outcome.voucher).toMatchObject({
      id: 'points:redemption:r1',
      cost: 100,
      expiresAt: new Date('2026-11-29T10:00:00Z'),
      source: { type: 'redemption', redemptionId: 'r1' },
    });
    expect(balanceOf([...entries, ...outcome.entries])).toBe(50);
  });

  it('allows spending the exact balance but not one point more', () => {
    expect(
      redeemPoints({ program, reward: coffee, entries: [points(100)], redemptionId: 'r', now: NOW })
        .ok,
    ).toBe(true);
    expect(
      redeemPoints({ program, reward: coffee, entries: [points(99)], redemptionId: 'r', now: NOW }),
    ).toEqual({ ok: false, code: 'insufficient_balance', detail: { balance: 99, cost: 100 } });
  });

  it('rejects archived rewards, rewards of another program, and stamp cards', () => {
    const base = { program, entries: [points(500)], redemptionId: 'r', now: NOW };
    expect(redeemPoints({ ...base, reward: { ...coffee, archived: true } })).toMatchObject({
      code: 'reward_archived',
    });
    expect(redeemPoints({ ...base, reward: buildReward() })).toMatchObject({
      code: 'reward_not_in_program',
    });
    expect(
      redeemPoints({ ...base, program: buildStampCard(), reward: buildReward() }),
    ).toMatchObject({
      code: 'program_kind_mismatch',
    });
  });

  it('refuses to replay a redemption', () => {
    const entries = [points(500)];
    const first = expectOk(
      redeemPoints({ program, reward: coffee, entries, redemptionId: 'r1', now: NOW }),
    );
    const again = redeemPoints({
      program,
      reward: coffee,
      entries: [...entries, ...first.entries],
      redemptionId: 'r1',
      now: NOW,
    });
    expect(again).toMatchObject({ ok: false, code: 'redemption_already_recorded' });
  });

  it('cannot spend points that lapsed while the job runner was late', () => {
    const expiring = buildPointsProgram({ expiry: { monthsWithoutActivity: 6, noticeDays: 14 } });
    const old = { ...points(300), kind: 'earn' as const, at: new Date('2026-01-10T12:00:00Z') };
    expect(
      redeemPoints({
        program: expiring,
        reward: coffee,
        entries: [old],
        redemptionId: 'r',
        now: NOW,
      }),
    ).toEqual({ ok: false, code: 'insufficient_balance', detail: { balance: 0, cost: 100 } });
  });
});
