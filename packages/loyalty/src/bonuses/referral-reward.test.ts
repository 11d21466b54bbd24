import { describe, expect, it } from 'vitest';
import {
  buildEntry,
  buildPointsProgram,
  buildStampCard,
  expectOk,
  NOW,
} from '../../test/factories.ts';
import { balanceOf } from '../ledger/balance.ts';
import { qualifiesReferral, rewardReferral, takeBackReferral } from './referral-reward.ts';

const points = buildPointsProgram({ minimumPurchaseCents: 1_000 });
const referee = { referralId: 'r1', role: 'referee' as const, purchaseId: 'p1', now: NOW };

describe('qualifiesReferral', () => {
  it('counts a first purchase at or above the program minimum', () => {
    expect(qualifiesReferral(points, 999)).toBe(false);
    expect(qualifiesReferral(points, 1_000)).toBe(true);
    expect(qualifiesReferral(buildPointsProgram(), 0)).toBe(false);
  });
});

describe('rewardReferral', () => {
  it('earns with cause referral, once per referral and side', () => {
    const first = expectOk(
      rewardReferral({ ...referee, program: points, entries: [], amount: 50 }),
    );
    expect(first.entries.map((e) => [e.kind, e.delta, e.cause])).toEqual([
      ['earn', 50, { type: 'referral', referralId: 'r1', role: 'referee', purchaseId: 'p1' }],
    ]);
    expect(
      rewardReferral({ ...referee, program: points, entries: first.entries, amount: 50 }),
    ).toMatchObject({ ok: false, code: 'bonus_already_recorded' });
    // The other side of the same referral is still due.
    expect(
      rewardReferral({
        ...referee,
        role: 'referrer',
        program: points,
        entries: first.entries,
        amount: 50,
      }).ok,
    ).toBe(true);
  });

  it('rolls a stamp card over into a voucher', () => {
    const entries = [buildEntry({ delta: 9 })];
    const out = expectOk(
      rewardReferral({ ...referee, program: buildStampCard(), entries, amount: 2 }),
    );
    expect(out.vouchers.map((v) => v.id)).toEqual(['card:referral:r1:referee:1']);
    expect(balanceOf([...entries, ...out.entries])).toBe(1);
  });
});

describe('takeBackReferral', () => {
  const given = expectOk(
    rewardReferral({ ...referee, program: points, entries: [], amount: 50 }),
  ).entries;
  const takeBack = { referralId: 'r1', role: 'referee' as const, refundId: 'f1', now: NOW };

  it('takes back what was given, once', () => {
    const back = takeBackReferral({ ...takeBack, program: points, entries: given });
    expect(back.map((e) => [e.kind, e.delta, e.cause])).toEqual([
      [
        'reverse',
        -50,
        { type: 'referral', referralId: 'r1', role: 'referee', purchaseId: 'p1', refundId: 'f1' },
      ],
    ]);
    expect(
      takeBackReferral({ ...takeBack, program: points, entries: [...given, ...back] }),
    ).toEqual([]);
  });

  it('never below zero: points already spent stay spent', () => {
    const spent = buildEntry({ programId: 'points', unit: 'points', kind: 'redeem', delta: -30 });
    const back = takeBackReferral({ ...takeBack, program: points, entries: [...given, spent] });
    expect(back.map((e) => e.delta)).toEqual([-20]);
  });

  it('takes nothing back from a side that got nothing', () => {
    expect(
      takeBackReferral({ ...takeBack, role: 'referrer', program: points, entries: given }),
    ).toEqual([]);
  });
});
