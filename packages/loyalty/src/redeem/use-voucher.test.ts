import { describe, expect, it } from 'vitest';
import { daysLater, NOW } from '../../test/factories.ts';
import type { Voucher } from '../model/voucher.ts';
import { useVoucher } from './use-voucher.ts';

const voucher: Voucher = {
  id: 'v1',
  code: 'ABCD-EFGH',
  programId: 'card',
  rewardId: 'coffee',
  cost: 10,
  unit: 'stamps',
  issuedAt: NOW,
  expiresAt: daysLater(NOW, 30),
  source: { type: 'card_completed', purchaseId: 'p1' },
};

describe('useVoucher', () => {
  it('returns a "used" event instead of changing the voucher', () => {
    const at = daysLater(NOW, 1);
    expect(useVoucher({ voucher, events: [], redemptionId: 'u1', now: at })).toEqual({
      ok: true,
      value: { kind: 'used', voucherId: 'v1', at, redemptionId: 'u1' },
    });
  });

  it('is usable once', () => {
    const used = { kind: 'used' as const, voucherId: 'v1', at: NOW, redemptionId: 'u1' };
    expect(useVoucher({ voucher, events: [used], redemptionId: 'u2', now: NOW })).toEqual({
      ok: false,
      code: 'voucher_already_used',
      detail: { voucherId: 'v1' },
    });
  });

  it('is expired from its expiry instant on', () => {
    const at = daysLater(NOW, 30);
    expect(useVoucher({ voucher, events: [], redemptionId: 'u', now: at })).toMatchObject({
      code: 'voucher_expired',
    });
    const justBefore = new Date(at.getTime() - 1);
    expect(useVoucher({ voucher, events: [], redemptionId: 'u', now: justBefore }).ok).toBe(true);
  });

  it('cannot use a voucher voided by a refund', () => {
    const voided = { kind: 'voided' as const, voucherId: 'v1', at: NOW, refundId: 'rf' };
    expect(useVoucher({ voucher, events: [voided], redemptionId: 'u', now: NOW })).toMatchObject({
      code: 'voucher_voided',
    });
  });

  it('ignores events of other vouchers', () => {
    const other = { kind: 'used' as const, voucherId: 'v2', at: NOW, redemptionId: 'u1' };
    expect(useVoucher({ voucher, events: [other], redemptionId: 'u', now: NOW }).ok).toBe(true);
  });
});
