import type { ImportedPurchase } from '@habitue/import';
import { uuidv7 } from 'uuidv7';
import type { ImportedPurchaseRow } from '../../repositories/imports.ts';

/** Purchases and refunds read from a file are found again by this on the next import. */
export function externalId(identity: string): string {
  return `import:${identity}`;
}

/** Whether the file says anything about a purchase's items (else none are stored). */
export function hasItems(purchase: ImportedPurchase): boolean {
  return purchase.items.some(
    (i) => i.item !== null || i.quantity !== null || i.unitPriceCents !== null,
  );
}

/** A sale as the row the import stores. */
export function purchaseRow(
  purchase: ImportedPurchase,
  customerId: string,
  withItems: boolean,
): ImportedPurchaseRow {
  return {
    id: uuidv7(),
    customerId,
    externalId: externalId(purchase.identity),
    amountCents: purchase.amountCents,
    day: purchase.day,
    items: withItems ? itemsJson(purchase) : null,
  };
}

/** The lines of a receipt as the purchase's items (the shape the counter records). */
function itemsJson(purchase: ImportedPurchase): string {
  return JSON.stringify(
    purchase.items.map((i) => ({
      sku: '',
      name: i.item ?? '',
      category: '',
      quantity: i.quantity ?? 1,
      unitPriceCents: i.unitPriceCents ?? i.amountCents,
    })),
  );
}
