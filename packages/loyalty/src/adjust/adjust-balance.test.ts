import { describe, expect, it } from 'vitest';
import {
  buildEntry,
  buildPointsProgram,
  buildStampCard,
  expectOk,
  NOW,
} from '../../test/factories.ts';
import { balanceOf } from '../ledger/balance.ts';
import { adjustBalance } from './adjust-balance.ts';

const card = buildStampCard();
const base = {
  program: card,
  adjustmentId: 'a1',
  staffId: 'camille',
  role: 'staff',
  reasonCode: 'other' as const,
  reason: 'Tampon oublié hier',
  limit: { perAdjustment: 1_000, dailyRemaining: null },
  now: NOW,
};

describe('adjustBalance', () => {
  it('records who adjusted and the reason code, never the free text', () => {
    const outcome = expectOk(
      adjustBalance({ ...base, reason: '  Tampon oublié hier ', entries: [], delta: 1 }),
    );
    expect(outcome.entries).toEqual([
      {
        programId: 'card',
        programVersion: 1,
        kind: 'adjust',
        unit: 'stamps',
        delta: 1,
        at: NOW,
        cause: {
          type: 'staff_adjustment',
          adjustmentId: 'a1',
          staffId: 'camille',
          role: 'staff',
          reasonCode: 'other',
        },
      },
    ]);
  });

  it('requires a sentence of at least 10 characters with `other`, none with a code', () => {
    for (const reason of [undefined, '   ', 'x', '  erreur   ']) {
      expect(adjustBalance({ ...base, reason, entries: [], delta: 1 })).toEqual({
        ok: false,
        code: 'reason_required',
        detail: { field: 'reason', minLength: 10 },
      });
    }
    expectOk(adjustBalance({ ...base, reason: 'Erreur de tampon', entries: [], delta: 1 }));
    const coded = expectOk(
      adjustBalance({
        ...base,
        reasonCode: 'paper_card',
        reason: undefined,
        entries: [],
        delta: 1,
      }),
    );
    expect(coded.entries[0]?.cause).toMatchObject({ reasonCode: 'paper_card' });
  });

  it('refuses more than the limit, saying what the limit is', () => {
    const limit = { perAdjustment: 10, dailyRemaining: 4 };
    expect(adjustBalance({ ...base, limit, entries: [], delta: 5 })).toEqual({
      ok: false,
      code: 'adjustment_limit_exceeded',
      detail: { limit, delta: 5 },
    });
    expect(adjustBalance({ ...base, limit, entries: [], delta: 11 })).toMatchObject({
      code: 'adjustment_limit_exceeded',
    });
    expectOk(adjustBalance({ ...base, limit, entries: [], delta: 4 }));
  });

  it('cannot take the balance below zero, but can take it to zero', () => {
    const entries = [buildEntry({ delta: 3 })];
    expect(adjustBalance({ ...base, entries, delta: -4 })).toEqual({
      ok: false,
      code: 'insufficient_balance',
      detail: { balance: 3, delta: -4 },
    });
    const outcome = expectOk(adjustBalance({ ...base, entries, delta: -3 }));
    expect(balanceOf([...entries, ...outcome.entries])).toBe(0);
  });

  it('rejects zero or fractional deltas and replays', () => {
    expect(adjustBalance({ ...base, entries: [], delta: 0 })).toMatchObject({
      code: 'invalid_amount',
    });
    expect(adjustBalance({ ...base, entries: [], delta: 1.5 })).toMatchObject({
      code: 'invalid_amount',
    });
    const first = expectOk(adjustBalance({ ...base, entries: [], delta: 2 }));
    expect(adjustBalance({ ...base, entries: first.entries, delta: 2 })).toMatchObject({
      code: 'adjustment_already_recorded',
    });
  });

  it('unlocks a card filled by hand: 8 + 4 → one voucher, 2 stamps', () => {
    const entries = [
      buildEntry({
        delta: 8,
        cause: { type: 'purchase', purchaseId: 'x', amountCents: 1 },
        kind: 'earn',
      }),
    ];
    const outcome = expectOk(adjustBalance({ ...base, entries, delta: 4 }));
    expect(outcome.vouchers.map((v) => [v.id, v.source])).toEqual([
      ['card:adjustment:a1:1', { type: 'card_completed_by_adjustment', adjustmentId: 'a1' }],
    ]);
    expect(balanceOf([...entries, ...outcome.entries])).toBe(2);
  });

  it('never turns points into vouchers', () => {
    const program = buildPointsProgram();
    const outcome = expectOk(adjustBalance({ ...base, program, entries: [], delta: 500 }));
    expect(outcome.vouchers).toEqual([]);
    expect(outcome.entries[0]?.unit).toBe('points');
  });
});
