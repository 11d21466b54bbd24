import { describe, expect, it } from 'vitest';
import {
  buildEntry,
  buildPointsProgram,
  buildStampCard,
  expectOk,
  NOW,
} from '../../test/factories.ts';
import { balanceOf } from '../ledger/balance.ts';
import { grantBonus } from './grant-bonus.ts';

const welcome = { bonusId: 'welcome', label: 'Bienvenue', now: NOW };

describe('grantBonus', () => {
  it('records 50 welcome points as an earn entry caused by the bonus', () => {
    const outcome = expectOk(
      grantBonus({ ...welcome, program: buildPointsProgram(), entries: [], amount: 50 }),
    );
    expect(outcome.entries.map((e) => [e.kind, e.delta, e.cause])).toEqual([
      ['earn', 50, { type: 'bonus', bonusId: 'welcome', label: 'Bienvenue' }],
    ]);
  });

  it('rolls a card over like a purchase: 8 + 3 bonus stamps → voucher + 1', () => {
    const entries = [buildEntry({ delta: 8 })];
    const outcome = expectOk(
      grantBonus({ ...welcome, program: buildStampCard(), entries, amount: 3 }),
    );
    expect(outcome.vouchers.map((v) => v.id)).toEqual(['card:bonus:welcome:1']);
    expect(balanceOf([...entries, ...outcome.entries])).toBe(1);
  });

  it('is granted once per bonus id, with a whole positive amount', () => {
    const program = buildPointsProgram();
    const first = expectOk(grantBonus({ ...welcome, program, entries: [], amount: 50 }));
    expect(grantBonus({ ...welcome, program, entries: first.entries, amount: 50 })).toMatchObject({
      code: 'bonus_already_recorded',
    });
    expect(grantBonus({ ...welcome, program, entries: [], amount: 0 })).toMatchObject({
      code: 'invalid_amount',
    });
  });
});
