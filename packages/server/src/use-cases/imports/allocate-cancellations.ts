import type { ImportedPurchase } from '@habitue/import';

/** A part of a cancellation refunded on one sale of the same customer. */
export type CancellationRefund = {
  /** `<cancellation identity>:<n>`: the same file gives the same refunds. */
  identity: string;
  saleIdentity: string;
  amountCents: number;
  day: number;
};

/**
 * Cancellations and credit notes of a file (purchases with a negative amount) → refunds of the
 * same customer's sales in the file: the latest sale on or before the cancellation's day first,
 * then earlier ones, never more than what is left of a sale. A purchase is never negative, so a
 * cancellation is netted this way; what no sale of the file can absorb is returned apart.
 */
export function allocateCancellations(purchases: readonly ImportedPurchase[]): {
  refunds: CancellationRefund[];
  unmatched: { count: number; amountCents: number };
} {
  // Most files cancel nothing: a million sales are not sorted by customer for no refund.
  if (!purchases.some((p) => p.amountCents < 0)) {
    return { refunds: [], unmatched: { count: 0, amountCents: 0 } };
  }
  const sales = new Map<string, { identity: string; day: number; left: number }[]>();
  for (const purchase of purchases) {
    if (purchase.amountCents <= 0) continue;
    const list = sales.get(purchase.customerKey) ?? [];
    list.push({ identity: purchase.identity, day: purchase.day, left: purchase.amountCents });
    sales.set(purchase.customerKey, list);
  }
  for (const list of sales.values()) list.sort((a, b) => a.day - b.day);
  const cancellations = purchases
    .filter((p) => p.amountCents < 0)
    .map((p, order) => ({ p, order }))
    .sort((a, b) => a.p.day - b.p.day || a.order - b.order);
  const refunds: CancellationRefund[] = [];
  const unmatched = { count: 0, amountCents: 0 };
  for (const { p } of cancellations) {
    let owed = -p.amountCents;
    const list = sales.get(p.customerKey) ?? [];
    let part = 0;
    for (let i = list.length - 1; i >= 0 && owed > 0; i--) {
      const sale = list[i]!;
      if (sale.day > p.day || sale.left === 0) continue;
      const taken = Math.min(sale.left, owed);
      sale.left -= taken;
      owed -= taken;
      refunds.push({
        identity: `${p.identity}:${part++}`,
        saleIdentity: sale.identity,
        amountCents: taken,
        day: p.day,
      });
    }
    if (owed > 0) {
      unmatched.count++;
      unmatched.amountCents += owed;
    }
  }
  return { refunds, unmatched };
}
