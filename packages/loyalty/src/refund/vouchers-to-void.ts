import type { VoucherEvent, VoucherGrant } from '../model/voucher.ts';
import { voucherStatus } from '../voucher/voucher-status.ts';

/**
 * Vouchers a refund may void to recover what was already spent, in the order to void them:
 * first those the refunded purchase itself unlocked, then the most recent. Only vouchers
 * still available (unused, not expired, not voided) and issued at or after the purchase
 * qualify: an older voucher cannot have been paid for by this purchase.
 * @example vouchersToVoid({ programId: 'card', purchaseId: 'p1', earnedAt, vouchers, events, now })
 */
export function vouchersToVoid(input: {
  readonly programId: string;
  readonly purchaseId: string;
  readonly earnedAt: Date;
  readonly vouchers: readonly VoucherGrant[];
  readonly events: readonly VoucherEvent[];
  readonly now: Date;
}): VoucherGrant[] {
  const { purchaseId, earnedAt, now } = input;
  const candidates = input.vouchers.filter(
    (voucher) =>
      voucher.programId === input.programId &&
      voucher.issuedAt.getTime() >= earnedAt.getTime() &&
      voucherStatus(voucher, input.events, now) === 'available',
  );
  const fromPurchase = (voucher: VoucherGrant): number =>
    voucher.source.type === 'card_completed' && voucher.source.purchaseId === purchaseId ? 1 : 0;
  return candidates.sort(
    (a, b) =>
      fromPurchase(b) - fromPurchase(a) ||
      b.issuedAt.getTime() - a.issuedAt.getTime() ||
      (a.id < b.id ? 1 : a.id > b.id ? -1 : 0),
  );
}
