import type { Voucher, VoucherEvent } from '../model/voucher.ts';
import { ok, type Result, reject } from '../result/result.ts';
import { voucherStatus } from '../voucher/voucher-status.ts';

/**
 * Uses a voucher once: returns the `used` event to append. The voucher itself is never
 * changed. A voucher for a reward archived since it was issued is still honoured: the customer
 * earned it.
 * @example
 * useVoucher({ voucher, events: [], redemptionId: 'r1', now })
 * // { ok: true, value: { kind: 'used', voucherId: voucher.id, at: now, redemptionId: 'r1' } }
 */
export function useVoucher(input: {
  readonly voucher: Voucher;
  readonly events: readonly VoucherEvent[];
  readonly redemptionId: string;
  readonly now: Date;
}): Result<VoucherEvent> {
  const { voucher, now } = input;
  const status = voucherStatus(voucher, input.events, now);
  switch (status) {
    case 'used':
      return reject('voucher_already_used', { voucherId: voucher.id });
    case 'voided':
      return reject('voucher_voided', { voucherId: voucher.id });
    case 'expired':
      return reject('voucher_expired', { voucherId: voucher.id });
    case 'available':
      return ok({ kind: 'used', voucherId: voucher.id, at: now, redemptionId: input.redemptionId });
  }
}
