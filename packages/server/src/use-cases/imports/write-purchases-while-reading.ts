import type { ImportedPurchase, ImportFileReader } from '@habitue/import';
import type { RawBuilder } from 'kysely';
import { uuidv7 } from 'uuidv7';
import type { Tx } from '../../db/tenant.ts';
import {
  IMPORT_BATCH,
  importedPurchaseStatements,
  runImportStatements,
} from '../../repositories/imports.ts';
import type { MerchantScope } from '../scope.ts';
import { hasItems, purchaseRow } from './imported-purchase-rows.ts';

/** What was stored while the file was read. */
export type PurchasesWritten = {
  /** The customer id chosen for each customer of those purchases: new ids, until resolved. */
  customerIds: Map<string, string>;
  /** The purchases stored (the same objects as in the file's list). */
  purchases: Set<ImportedPurchase>;
  /** How many of them were new (the others' identity was already stored). */
  added: number;
  /** Whether they were stored with their items; null when none was stored. */
  withItems: boolean | null;
};

export const NOTHING_WRITTEN: PurchasesWritten = {
  customerIds: new Map(),
  purchases: new Set(),
  added: 0,
  withItems: null,
};

/**
 * Reads the file a slice at a time and stores its sales that nothing further down can change
 * (those without a receipt number) while the next slice is read: the database writes while
 * the import reads. Their customers are not known yet (a later row may give the email that
 * finds an existing customer), so each is given a new id, moved afterwards if need be; the
 * caller has deferred the check of the purchases' customers. Stops storing at the first row
 * problem when the file will be refused for it (the rest is still read, for the report), and
 * while it cannot tell whether the file's purchases have items.
 */
export async function writePurchasesWhileReading(
  tx: Tx,
  scope: MerchantScope,
  reader: ImportFileReader,
  options: { timeZone: string; validRowsOnly: boolean; sliceRows?: number },
): Promise<PurchasesWritten> {
  const { mapping } = reader.head;
  const written: PurchasesWritten = {
    customerIds: new Map(),
    purchases: new Set(),
    added: 0,
    // Without item columns, no purchase has items; with them, the first that has some says so.
    withItems:
      mapping.item === undefined &&
      mapping.quantity === undefined &&
      mapping.unitPrice === undefined
        ? false
        : null,
  };
  const idOf = (key: string) => {
    let id = written.customerIds.get(key);
    if (id === undefined) {
      id = uuidv7();
      written.customerIds.set(key, id);
    }
    return id;
  };
  const refused = () => !options.validRowsOnly && reader.head.rowProblems.length > 0;
  let pending: ImportedPurchase[] = [];
  let running: Promise<number> | null = null;
  for (;;) {
    const slice = reader.readSome(options.sliceRows ?? IMPORT_BATCH);
    for (const purchase of slice ?? []) {
      if (purchase.amountCents < 0) continue; // a cancellation: a refund, once the file is read
      if (written.withItems === null && hasItems(purchase)) written.withItems = true;
      pending.push(purchase);
    }
    const full = pending.length >= IMPORT_BATCH || (slice === null && pending.length > 0);
    let next: RawBuilder<unknown>[] = [];
    if (full && written.withItems !== null && !refused()) {
      const withItems = written.withItems;
      const rows = pending.map((p) => purchaseRow(p, idOf(p.customerKey), withItems));
      for (const purchase of pending) written.purchases.add(purchase);
      pending = [];
      // Made (their arrays turned into text) while the database still runs the previous
      // statement, so that it waits only for the round trip between two statements.
      next = importedPurchaseStatements(
        scope.merchantId,
        options.timeZone,
        rows,
        scope.actor,
        scope.now,
      );
    }
    if (running !== null) written.added += await running;
    running = null;
    if (next.length > 0) {
      running = runImportStatements(tx, next);
      // Observed at the next slice; this keeps an early failure from counting as unhandled.
      running.catch(() => {});
      // Let the statement reach the database before reading the next slice.
      await new Promise(setImmediate);
    }
    if (slice === null) break;
  }
  if (running !== null) written.added += await running;
  if (written.purchases.size === 0) written.withItems = null;
  return written;
}
