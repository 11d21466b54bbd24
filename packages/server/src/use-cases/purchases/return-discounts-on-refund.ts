import { type LedgerEntry, type Program, returnPointsDiscount } from '@habitue/loyalty';
import type { Tx } from '../../db/tenant.ts';
import { pointsUsedByPurchase } from '../../repositories/points-conversions.ts';
import { releasePromoCodeUse } from '../../repositories/promo-codes.ts';
import type { MerchantScope } from '../scope.ts';

/**
 * What a refund gives back of the discounts the purchase used (docs/loyalty-rules.md,
 * "Refunds and discounts"): the refunded share of the points converted into its money off
 * (ledger entries, returned by the caller to append), and, once the purchase is refunded in
 * full, its promo code's use (a single-use code can be used again). Runs under the customer's
 * lock, after the refund row is written, so concurrent refunds are decided one after the other
 * and each share is given back once.
 */
export async function returnDiscountsOnRefund(
  tx: Tx,
  scope: MerchantScope,
  input: {
    purchaseId: string;
    refundId: string;
    paidCents: number;
    refundedBeforeCents: number;
    refundCents: number;
    programs: readonly Program[];
    entries: readonly LedgerEntry[];
  },
): Promise<LedgerEntry[]> {
  const returned: LedgerEntry[] = [];
  for (const used of await pointsUsedByPurchase(tx, scope.merchantId, input.purchaseId)) {
    const program = input.programs.find((p) => p.id === used.programId);
    if (!program) continue;
    returned.push(
      ...returnPointsDiscount({
        ...input,
        program,
        usedPoints: used.points,
        now: scope.now,
      }),
    );
  }
  if (input.refundedBeforeCents + input.refundCents >= input.paidCents) {
    await releasePromoCodeUse(tx, scope.merchantId, input.purchaseId, {
      refundId: input.refundId,
      at: scope.now,
    });
  }
  return returned;
}
