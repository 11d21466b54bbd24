import type { Purchase } from '../clv/purchase.ts';

/**
 * Repeat-purchase rate: the share of customers who bought at least twice, in percent. Pass the
 * purchases up to the analysis date (see `purchasesBetween`).
 *
 * @returns the rate in percent, or `null` when there are no customers.
 * @example
 * repeatPurchaseRate([
 *   { customerId: 'a', at: 1, amountCents: 500 },
 *   { customerId: 'a', at: 2, amountCents: 500 },
 *   { customerId: 'b', at: 3, amountCents: 900 },
 * ]); // 50
 */
export function repeatPurchaseRate(purchases: readonly Purchase[]): number | null {
  const counts = new Map<string, number>();
  for (const { customerId } of purchases) counts.set(customerId, (counts.get(customerId) ?? 0) + 1);
  if (counts.size === 0) return null;
  let repeaters = 0;
  for (const count of counts.values()) if (count >= 2) repeaters += 1;
  return (repeaters / counts.size) * 100;
}
