import type { LedgerEntry } from '../model/ledger-entry.ts';

/** What the ledger says about one purchase in one program. */
export interface PurchaseHistory {
  /** The earn entry (null if the purchase earned nothing here). */
  readonly earn: {
    readonly earned: number;
    readonly amountCents: number;
    readonly at: Date;
  } | null;
  /** Cents refunded by earlier refunds. */
  readonly refundedCents: number;
  /** Taken back by earlier refunds, including what they recorded as owed. */
  readonly reversed: number;
  readonly refundAlreadyRecorded: boolean;
}

/**
 * Reads a purchase's earn and refund entries. Refunds work from these entries, not from the
 * current program rules, so a rule change never alters what a refund takes back.
 * @example purchaseHistory(entries, 'p1', 'r2') // { earn: { earned: 3, amountCents: 1500, ... }, refundedCents: 500, reversed: 1, ... }
 */
export function purchaseHistory(
  entries: readonly LedgerEntry[],
  purchaseId: string,
  refundId: string,
): PurchaseHistory {
  let earn: PurchaseHistory['earn'] = null;
  let refundedCents = 0;
  let reversed = 0;
  let refundAlreadyRecorded = false;
  for (const entry of entries) {
    const cause = entry.cause;
    if (cause.type === 'purchase' && cause.purchaseId === purchaseId) {
      earn = { earned: entry.delta, amountCents: cause.amountCents, at: entry.at };
    } else if (cause.type === 'refund' && cause.purchaseId === purchaseId) {
      refundedCents += cause.refundedCents;
      reversed += -entry.delta + cause.shortfall;
      if (cause.refundId === refundId) refundAlreadyRecorded = true;
    }
  }
  return { earn, refundedCents, reversed, refundAlreadyRecorded };
}
