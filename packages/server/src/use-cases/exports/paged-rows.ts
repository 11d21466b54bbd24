import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { type Tx, withMerchant } from '../../db/tenant.ts';

/** Rows per page: a page is read in its own short transaction, then written out. */
export const EXPORT_PAGE_SIZE = 1000;

/**
 * Reads a merchant's rows page after page (by id), each page in its own short transaction,
 * so an export of a large shop never holds every row in memory nor one transaction open for
 * as long as a slow download lasts. Rows appended meanwhile may or may not be included.
 */
export async function* pagedRows<R extends { id: string }>(
  db: Kysely<Database>,
  merchantId: string,
  readPage: (tx: Tx, page: { after?: string; limit: number }) => Promise<R[]>,
): AsyncGenerator<R> {
  let after: string | undefined;
  for (;;) {
    const page = await withMerchant(db, merchantId, (tx) =>
      readPage(tx, { limit: EXPORT_PAGE_SIZE, ...(after ? { after } : {}) }),
    );
    yield* page;
    if (page.length < EXPORT_PAGE_SIZE) return;
    after = page.at(-1)!.id;
  }
}

/** The shop's time zone: exported dates are its calendar days. */
export async function merchantTimeZone(db: Kysely<Database>, merchantId: string) {
  const row = await withMerchant(db, merchantId, (tx) =>
    tx.selectFrom('merchants').select('time_zone').where('id', '=', merchantId).executeTakeFirst(),
  );
  return row?.time_zone ?? 'Europe/Paris';
}
