import { describe, expect, it } from 'vitest';
import {
  buildEntry,
  buildPointsProgram,
  buildPurchase,
  buildStampCard,
  expectOk,
  NOW,
} from '../../test/factories.ts';
import { balanceOf } from '../ledger/balance.ts';
import { recordPurchase } from './record-purchase.ts';

describe('recordPurchase', () => {
  it('appends one earn entry carrying the purchase amount and the program version', () => {
    const program = buildStampCard({ version: 3 });
    const outcome = expectOk(
      recordPurchase({ program, purchase: buildPurchase(), entries: [], now: NOW }),
    );
    expect(outcome).toEqual({
      earned: 1,
      vouchers: [],
      entries: [
        {
          programId: 'card',
          programVersion: 3,
          kind: 'earn',
          unit: 'stamps',
          delta: 1,
          at: NOW,
          cause: { type: 'purchase', purchaseId: 'p1', amountCents: 500 },
        },
      ],
    });
  });

  it('rolls over past a full card: 9 stamps + 3 → one voucher and 2 stamps', () => {
    const program = buildStampCard({
      rule: { per: 'spend', centsPerStamp: 500 },
      voucherValidityDays: 30,
    });
    const entries = [buildEntry({ delta: 9 })];
    const purchase = buildPurchase({ amountCents: 1500 });
    const outcome = expectOk(recordPurchase({ program, purchase, entries, now: NOW }));
    expect(outcome.earned).toBe(3);
    expect(outcome.entries.map((e) => [e.kind, e.delta])).toEqual([
      ['earn', 3],
      ['redeem', -10],
    ]);
    expect(outcome.entries[1]?.cause).toEqual({
      type: 'card_completed',
      voucherId: 'card:purchase:p1:1',
    });
    expect(outcome.vouchers).toEqual([
      {
        id: 'card:purchase:p1:1',
        programId: 'card',
        rewardId: 'coffee',
        cost: 10,
        unit: 'stamps',
        issuedAt: NOW,
        expiresAt: new Date('2026-12-22T10:00:00Z'),
        source: { type: 'card_completed', purchaseId: 'p1' },
      },
    ]);
    expect(balanceOf([...entries, ...outcome.entries])).toBe(2);
  });

  it('fills several cards at once: 25 stamps on an empty 10-stamp card → 2 vouchers, 5 left', () => {
    const program = buildStampCard({ rule: { per: 'spend', centsPerStamp: 100 } });
    const outcome = expectOk(
      recordPurchase({
        program,
        purchase: buildPurchase({ amountCents: 2599 }),
        entries: [],
        now: NOW,
      }),
    );
    expect(outcome.vouchers.map((v) => v.id)).toEqual(['card:purchase:p1:1', 'card:purchase:p1:2']);
    expect(balanceOf(outcome.entries)).toBe(5);
  });

  it('refuses to record the same purchase twice for a program', () => {
    const program = buildStampCard();
    const first = expectOk(
      recordPurchase({ program, purchase: buildPurchase(), entries: [], now: NOW }),
    );
    expect(
      recordPurchase({ program, purchase: buildPurchase(), entries: first.entries, now: NOW }),
    ).toEqual({ ok: false, code: 'purchase_already_recorded', detail: { purchaseId: 'p1' } });
  });

  it('writes nothing when the purchase earns 0 (no coupe on the receipt)', () => {
    const program = buildStampCard({ rule: { per: 'item', category: 'coupe' } });
    expect(recordPurchase({ program, purchase: buildPurchase(), entries: [], now: NOW })).toEqual({
      ok: true,
      value: { earned: 0, entries: [], vouchers: [] },
    });
  });

  it('expires lapsed points before adding new ones', () => {
    const program = buildPointsProgram({ expiry: { monthsWithoutActivity: 12, noticeDays: 30 } });
    const old = buildEntry({
      programId: 'points',
      unit: 'points',
      kind: 'earn',
      delta: 40,
      at: new Date('2025-06-01T09:00:00Z'),
      cause: { type: 'purchase', purchaseId: 'old', amountCents: 4000 },
    });
    const outcome = expectOk(
      recordPurchase({
        program,
        purchase: buildPurchase({ amountCents: 1000 }),
        entries: [old],
        now: NOW,
      }),
    );
    expect(outcome.entries.map((e) => [e.kind, e.delta, e.at.toISOString()])).toEqual([
      ['expire', -40, '2026-06-01T09:00:00.000Z'],
      ['earn', 10, NOW.toISOString()],
    ]);
  });

  it('ignores other programs entries when counting the card', () => {
    const program = buildStampCard();
    const entries = [buildEntry({ programId: 'other', delta: 9 })];
    const outcome = expectOk(
      recordPurchase({ program, purchase: buildPurchase(), entries, now: NOW }),
    );
    expect(outcome.vouchers).toEqual([]);
  });
});
