import type { Tx } from '../db/tenant.ts';
import type { MerchantScope } from '../use-cases/scope.ts';
import { emitEvent } from './emit-event.ts';

type PurchaseRow = {
  id: string;
  customer_id: string;
  amount_cents: number;
  occurred_at: Date;
  location_id: string | null;
  external_id: string | null;
};

type UnlockedVoucher = {
  code: string;
  rewardId: string;
  programId: string;
  expiresAt: Date | string | null;
};

/** `purchase.recorded`, and `reward.unlocked` for every voucher the purchase unlocked. */
export async function emitPurchaseRecorded(
  tx: Tx,
  scope: Pick<MerchantScope, 'merchantId' | 'now'>,
  purchase: PurchaseRow,
  vouchers: readonly UnlockedVoucher[],
) {
  const customerId = purchase.customer_id;
  await emitEvent(tx, scope, 'purchase.recorded', {
    purchaseId: purchase.id,
    customerId,
    amountCents: purchase.amount_cents,
    occurredAt: purchase.occurred_at.toISOString(),
    locationId: purchase.location_id,
    externalId: purchase.external_id,
  });
  for (const voucher of vouchers) {
    await emitEvent(tx, scope, 'reward.unlocked', {
      customerId,
      purchaseId: purchase.id,
      rewardId: voucher.rewardId,
      programId: voucher.programId,
      voucherCode: voucher.code,
      expiresAt: voucher.expiresAt === null ? null : new Date(voucher.expiresAt).toISOString(),
    });
  }
}
