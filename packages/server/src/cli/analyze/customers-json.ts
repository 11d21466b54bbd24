import type { CustomerColumns } from './customer-columns.ts';
import { customerEntries } from './customer-reports.ts';

/** Customers per piece of the JSON written: the document is never whole in memory. */
export const CUSTOMERS_PER_CHUNK = 4096;

/** What goes between two customers of the `--json` document's list. */
export const CUSTOMER_SEPARATOR = ',\n    ';

/** Chunks of {@link CUSTOMERS_PER_CHUNK} customers in the list (the last one may be short). */
export function chunkCount(columns: CustomerColumns): number {
  return Math.ceil(columns.ids.length / CUSTOMERS_PER_CHUNK);
}

/**
 * Chunk `k` of the `--json` document's list as one piece, one line per customer: pieces are
 * written one after the other, separated (not preceded or followed) by
 * {@link CUSTOMER_SEPARATOR}. Stringifying without indentation takes V8's fast path.
 */
export function chunkPiece(columns: CustomerColumns, k: number): string {
  const from = k * CUSTOMERS_PER_CHUNK;
  const to = Math.min(columns.ids.length, from + CUSTOMERS_PER_CHUNK);
  // One stringify per piece (a quarter faster than one per customer), then a line break before
  // each customer: every entry starts with its "id" key, and `},{"id":` cannot occur inside a
  // JSON string (a quote there is always escaped).
  const entries = customerEntries(columns, from, to);
  return JSON.stringify(entries).slice(1, -1).replaceAll('},{"id":', '},\n    {"id":');
}
