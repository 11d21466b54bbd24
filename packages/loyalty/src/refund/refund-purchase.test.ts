import { describe, expect, it } from 'vitest';
import {
  buildEntry,
  buildPurchase,
  buildStampCard,
  expectOk,
  NOW,
  withCodes,
} from '../../test/factories.ts';
import { recordPurchase } from '../earn/record-purchase.ts';
import { balanceOf } from '../ledger/balance.ts';
import type { LedgerEntry } from '../model/ledger-entry.ts';
import type { Voucher, VoucherEvent } from '../model/voucher.ts';
import { refundPurchase } from './refund-purchase.ts';

// One stamp per 3 € spent: a 10 € purchase earns 3 stamps.
const card = buildStampCard({ rule: { per: 'spend', centsPerStamp: 300 } });

function buy(startStamps: number) {
  const entries: LedgerEntry[] = startStamps > 0 ? [buildEntry({ delta: startStamps })] : [];
  const purchase = buildPurchase({ amountCents: 1000 });
  const outcome = expectOk(recordPurchase({ program: card, purchase, entries, now: NOW }));
  return { entries: [...entries, ...outcome.entries], vouchers: withCodes(outcome.vouchers) };
}

function refund(
  entries: LedgerEntry[],
  refundCents: number,
  refundId = 'rf1',
  vouchers: Voucher[] = [],
  voucherEvents: VoucherEvent[] = [],
) {
  return refundPurchase({
    program: card,
    purchaseId: 'p1',
    refundId,
    refundCents,
    entries,
    vouchers,
    voucherEvents,
    now: NOW,
  });
}

describe('refundPurchase', () => {
  it('reverses exactly what the purchase earned on a full refund', () => {
    const { entries } = buy(4);
    const outcome = expectOk(refund(entries, 1000));
    expect(outcome).toMatchObject({ reversed: 3, shortfall: 0, voucherEvents: [] });
    expect(outcome.entries).toEqual([
      {
        programId: 'card',
        programVersion: 1,
        kind: 'reverse',
        unit: 'stamps',
        delta: -3,
        at: NOW,
        cause: {
          type: 'refund',
          purchaseId: 'p1',
          refundId: 'rf1',
          refundedCents: 1000,
          shortfall: 0,
        },
      },
    ]);
    expect(balanceOf([...entries, ...outcome.entries])).toBe(4);
  });

  it('reverses partial refunds proportionally, rounding down, and settles on the last', () => {
    const { entries } = buy(0);
    const first = expectOk(refund(entries, 500, 'rf1'));
    expect(first.reversed).toBe(1);
    const second = expectOk(refund([...entries, ...first.entries], 500, 'rf2'));
    expect(second.reversed).toBe(2);
  });

  it('records a refund that takes nothing, so later refunds add up', () => {
    const { entries } = buy(0);
    const tiny = expectOk(refund(entries, 1));
    // 0 - 0, not -0: a negative zero would survive into JSON as "-0" in some clients.
    expect(Object.is(tiny.entries[0]?.delta, 0)).toBe(true);
    expect(refund([...entries, ...tiny.entries], 1000, 'rf2')).toEqual({
      ok: false,
      code: 'refund_exceeds_purchase',
      detail: { remainingCents: 999 },
    });
  });

  it('voids the unused voucher the purchase unlocked: 9 + 3 → voucher + 2, refund → 9', () => {
    const { entries, vouchers } = buy(9);
    const outcome = expectOk(refund(entries, 1000, 'rf1', vouchers));
    expect(outcome.voucherEvents).toEqual([
      { kind: 'voided', voucherId: 'card:purchase:p1:1', at: NOW, refundId: 'rf1' },
    ]);
    expect(outcome.entries.map((e) => [e.kind, e.delta])).toEqual([
      ['reverse', 10],
      ['reverse', -3],
    ]);
    expect(outcome).toMatchObject({ reversed: 3, shortfall: 0 });
    expect(balanceOf([...entries, ...outcome.entries])).toBe(9);
  });

  it('voids the purchase own voucher before a newer one from another purchase', () => {
    const { entries, vouchers } = buy(9);
    const own = vouchers[0]!;
    const newer: Voucher = {
      ...own,
      id: 'newer',
      issuedAt: new Date(NOW.getTime() + 60_000),
      source: { type: 'card_completed', purchaseId: 'p2' },
    };
    const outcome = expectOk(refund(entries, 1000, 'rf1', [own, newer]));
    expect(outcome.voucherEvents.map((e) => e.voucherId)).toEqual([own.id]);
  });

  it('records a clawback when the voucher was already used: reverse 2, owe 1', () => {
    const { entries, vouchers } = buy(9);
    const used: VoucherEvent = {
      kind: 'used',
      voucherId: 'card:purchase:p1:1',
      at: NOW,
      redemptionId: 'u',
    };
    const outcome = expectOk(refund(entries, 1000, 'rf1', vouchers, [used]));
    expect(outcome).toMatchObject({ reversed: 2, shortfall: 1, voucherEvents: [] });
    expect(balanceOf([...entries, ...outcome.entries])).toBe(0);
  });

  it('never voids a voucher issued before the purchase', () => {
    const { entries } = buy(0);
    const older: Voucher = {
      ...withCodes(buy(9).vouchers)[0]!,
      id: 'older',
      issuedAt: new Date(NOW.getTime() - 1),
    };
    const drained = [...entries, buildEntry({ delta: -3, kind: 'redeem' })];
    const outcome = expectOk(refund(drained, 1000, 'rf1', [older]));
    expect(outcome).toMatchObject({ reversed: 0, shortfall: 3, voucherEvents: [] });
  });

  it('uses what the entry says was earned, not the current rules', () => {
    const { entries } = buy(0);
    const changed = buildStampCard({ version: 2, rule: { per: 'visit' } });
    const outcome = expectOk(
      refundPurchase({
        program: changed,
        purchaseId: 'p1',
        refundId: 'rf',
        refundCents: 1000,
        entries,
        vouchers: [],
        voucherEvents: [],
        now: NOW,
      }),
    );
    expect(outcome.reversed).toBe(3);
    expect(outcome.entries[0]?.programVersion).toBe(2);
  });

  it('rejects replays and unknown amounts, and ignores purchases that earned nothing', () => {
    const { entries } = buy(0);
    const first = expectOk(refund(entries, 100));
    expect(refund([...entries, ...first.entries], 100)).toMatchObject({
      code: 'refund_already_recorded',
    });
    expect(refund(entries, 99.5)).toMatchObject({ code: 'invalid_amount' });
    expect(refund(entries, 1001)).toMatchObject({ code: 'refund_exceeds_purchase' });
    const unknown = refundPurchase({
      program: card,
      purchaseId: 'nope',
      refundId: 'r',
      refundCents: 100,
      entries,
      vouchers: [],
      voucherEvents: [],
      now: NOW,
    });
    expect(unknown).toEqual({
      ok: true,
      value: { reversed: 0, shortfall: 0, entries: [], voucherEvents: [] },
    });
  });
});
