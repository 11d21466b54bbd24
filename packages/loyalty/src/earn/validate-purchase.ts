import { isPositiveWholeNumber, isWholeNumber } from '../ledger/whole-numbers.ts';
import type { Purchase } from '../model/purchase.ts';
import { ok, type Result, reject } from '../result/result.ts';

/**
 * Rejects a purchase whose amount, quantities or prices are not whole cents / units. The rules
 * count in integers; a 1.5 quantity or 12.5 cents is a bug upstream, not something to round.
 * @example validatePurchase({ id: 'p', amountCents: 12.5 }) // { ok: false, code: 'invalid_amount', ... }
 */
export function validatePurchase(purchase: Purchase): Result<Purchase> {
  if (!isWholeNumber(purchase.amountCents)) {
    return reject('invalid_amount', { field: 'amountCents' });
  }
  for (const item of purchase.items ?? []) {
    if (!isPositiveWholeNumber(item.quantity)) {
      return reject('invalid_amount', { field: 'quantity', sku: item.sku });
    }
    if (!isWholeNumber(item.unitPriceCents)) {
      return reject('invalid_amount', { field: 'unitPriceCents', sku: item.sku });
    }
  }
  return ok(purchase);
}
