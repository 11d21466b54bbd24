import { causeShareTakenBack } from '@habitue/loyalty';
import { uuidv7 } from 'uuidv7';
import type { Tx } from '../../db/tenant.ts';
import { appendCauseShare, findPurchaseShare } from '../../repositories/causes.ts';
import type { MerchantScope } from '../scope.ts';

/**
 * Takes back, in the refund's transaction, the part of the purchase's cause share the refund
 * cancels (in proportion, on the running total: a purchase refunded in full gives nothing).
 */
export async function takeBackCauseShare(
  tx: Tx,
  scope: Pick<MerchantScope, 'merchantId' | 'now'>,
  refund: {
    refundId: string;
    purchaseId: string;
    customerId: string;
    purchaseCents: number;
    refundedBeforeCents: number;
    refundCents: number;
  },
): Promise<number> {
  const share = await findPurchaseShare(tx, scope.merchantId, refund.purchaseId);
  if (!share) return 0;
  const back = causeShareTakenBack({
    shareCents: share.shareCents,
    purchaseCents: refund.purchaseCents,
    refundedBeforeCents: refund.refundedBeforeCents,
    refundCents: refund.refundCents,
  });
  if (back === 0) return 0;
  await appendCauseShare(tx, {
    merchantId: scope.merchantId,
    id: uuidv7(),
    causeId: share.causeId,
    customerId: refund.customerId,
    purchaseId: refund.purchaseId,
    refundId: refund.refundId,
    amountCents: -back,
    at: scope.now,
  });
  return back;
}
