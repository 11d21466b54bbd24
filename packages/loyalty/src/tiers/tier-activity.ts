import type { LedgerEntry } from '../model/ledger-entry.ts';

/** A purchase as tiers see it: what was paid, and when. */
export interface TierPurchase {
  readonly id: string;
  readonly at: Date;
  readonly amountCents: number;
}

/** A (partial) refund of a purchase: it takes its amount back from tier spend from `at` on. */
export interface TierRefund {
  readonly purchaseId: string;
  readonly at: Date;
  readonly amountCents: number;
}

/**
 * What tiers are computed from: the member's sign-up and purchase history. There is no balance
 * here on purpose: a level is earned by spend, visits and seniority, never by points held.
 */
export interface TierActivity {
  readonly memberSince: Date;
  readonly purchases: readonly TierPurchase[];
  readonly refunds: readonly TierRefund[];
}

/**
 * Reads purchases and refunds back from ledger entries, once each even when a purchase earned
 * in several programs. Useful when no purchase table is at hand; redemptions, adjustments and
 * expiries are ignored, since they change balances, not spend.
 * @example tierActivityFromLedger(signedUpAt, entries) // { memberSince, purchases: [...], refunds: [...] }
 */
export function tierActivityFromLedger(
  memberSince: Date,
  entries: readonly LedgerEntry[],
): TierActivity {
  const purchases = new Map<string, TierPurchase>();
  const refunds = new Map<string, TierRefund>();
  for (const entry of entries) {
    const cause = entry.cause;
    if (cause.type === 'purchase' && !purchases.has(cause.purchaseId)) {
      purchases.set(cause.purchaseId, {
        id: cause.purchaseId,
        at: entry.at,
        amountCents: cause.amountCents,
      });
    } else if (cause.type === 'refund' && !refunds.has(cause.refundId)) {
      refunds.set(cause.refundId, {
        purchaseId: cause.purchaseId,
        at: entry.at,
        amountCents: cause.refundedCents,
      });
    }
  }
  return { memberSince, purchases: [...purchases.values()], refunds: [...refunds.values()] };
}
