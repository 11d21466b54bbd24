import type { CustomerColumns } from './customer-columns.ts';
import { customerEntries } from './customer-reports.ts';

/** Customers per piece of the JSON written: the document is never whole in memory. */
export const CUSTOMERS_PER_CHUNK = 4096;

/** What goes between two customers of the `--json` document's list. */
export const CUSTOMER_SEPARATOR = ',\n    ';

/**
 * The customers [from, to) of the `--json` document's list, in pieces to write one after the
 * other (separated, not preceded or followed, by {@link CUSTOMER_SEPARATOR}), one line per
 * customer. Stringifying without indentation takes V8's fast path, and the file is less than
 * half the size (160,000 customers: about 35 MB instead of 80 MB).
 */
export function* customersJson(
  columns: CustomerColumns,
  from: number,
  to: number,
): Generator<string> {
  for (let start = from; start < to; start += CUSTOMERS_PER_CHUNK) {
    const piece = customersPiece(columns, start, Math.min(to, start + CUSTOMERS_PER_CHUNK));
    yield start === from ? piece : `${CUSTOMER_SEPARATOR}${piece}`;
  }
}

/** The customers [from, to) as one piece of the list: one line each, separated, not preceded or followed. */
export function customersPiece(columns: CustomerColumns, from: number, to: number): string {
  // One stringify per piece (a quarter faster than one per customer), then a line break before
  // each customer: every entry starts with its "id" key, and `},{"id":` cannot occur inside a
  // JSON string (a quote there is always escaped).
  const entries = customerEntries(columns, from, to);
  return JSON.stringify(entries).slice(1, -1).replaceAll('},{"id":', '},\n    {"id":');
}
