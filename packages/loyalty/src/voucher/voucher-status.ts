import type { Voucher, VoucherEvent, VoucherGrant, VoucherStatus } from '../model/voucher.ts';

/**
 * A voucher's state from its events and the clock. A voided or used voucher stays so even
 * after its expiry date, because that is what happened to it.
 * Expiry is exclusive: at `expiresAt` exactly, the voucher is already expired.
 * @example voucherStatus(voucher, [{ kind: 'used', voucherId: voucher.id, ... }], now) // 'used'
 */
export function voucherStatus(
  voucher: Voucher | VoucherGrant,
  events: readonly VoucherEvent[],
  now: Date,
): VoucherStatus {
  const own = events.filter((event) => event.voucherId === voucher.id);
  if (own.some((event) => event.kind === 'voided')) return 'voided';
  if (own.some((event) => event.kind === 'used')) return 'used';
  if (voucher.expiresAt !== null && now.getTime() >= voucher.expiresAt.getTime()) return 'expired';
  return 'available';
}
