import type { ColumnChoice } from './choose-columns.ts';
import type { CustomerIds } from './customer-ids.ts';
import { lineAmount } from './line-amount.ts';
import { type DayOrder, memoDateParser, parseDateCell } from './parse-date.ts';
import { type DecimalSeparator, parseLocaleNumber, parsePlainRange } from './parse-number.ts';
import type { SkipReason } from './skipped-rows.ts';
import type { RowView, TableFormat, TextRowView } from './table.ts';

/** Customer ids that mean "nobody" in cash-register exports. */
const NO_CUSTOMER = new Set(['', '-', 'n/a', 'na', 'null', 'none', '#n/a', 'inconnu', 'unknown']);
const MAX_PLACEHOLDER_LENGTH = 7;

/** One usable row, filled in place by {@link RowReader.read} (no object per row). */
export interface ParsedRow {
  /** Index of a known customer, or −1 for a new one: then `newCustomerId` is its id. */
  customer: number;
  /** A sale without a customer (an empty or "nobody" id): its date and amount are still read. */
  anonymous: boolean;
  newCustomerId: string;
  /** Where the new id starts in the source text, when it was read untrimmed from there; else −1. */
  newCustomerStart: number;
  day: number;
  amountCents: number;
}

export interface RowFormats {
  dayOrder: DayOrder;
  decimalSeparator: DecimalSeparator;
  /** Receipt numbers that mark a cancellation or credit note ("C536379"), or null. */
  cancellation: RegExp | null;
}

export interface RowReader extends RowFormats {
  /** One row → its customer, day and amount written into `into`, or why it cannot be used. */
  read(row: RowView, ids: CustomerIds, into: ParsedRow): SkipReason | null;
}

const isText = (row: RowView): row is TextRowView => 'source' in row;
const PRINTABLE_FIRST = 33;
const PRINTABLE_LAST = 126;

/**
 * A date cell of digits and `/ - .`, at most 10 characters, as a number that identifies its
 * text (4 bits per character after a leading 1), or −1 for anything else.
 */
function dateKey(text: string, start: number, end: number): number {
  if (end - start > 10 || end === start) return -1;
  let key = 1;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    const code = c >= 48 && c <= 57 ? c - 48 : c === 47 ? 10 : c === 45 ? 11 : c === 46 ? 12 : -1;
    if (code < 0) return -1;
    key = key * 16 + code;
  }
  return key;
}

/**
 * Reads the chosen columns of a row. Refund policy: a negative amount, a negative quantity
 * next to a positive amount (cancelled line items), or a receipt number marked as a
 * cancellation makes the row a refund (negative amount), netted against the customer's sales.
 */
export function rowReader(
  kind: TableFormat['kind'],
  columns: ColumnChoice,
  formats: RowFormats,
): RowReader {
  const needed = Math.max(
    columns.customer,
    columns.date,
    columns.amount ?? -1,
    columns.price ?? -1,
    columns.quantity ?? -1,
    columns.invoice ?? -1,
  );
  const headerSize = columns.hasHeader ? columns.headers.length : null;
  const parseDate = memoDateParser(formats.dayOrder);
  const datesByKey = new Map<number, number | null>();
  let lastKey = -1;
  let lastKeyDay: number | null = null;
  /** The same, from the character codes of a text cell: no string unless the date is new. */
  const parseDateAt = (row: TextRowView, index: number) => {
    const start = row.cellStart(index);
    const end = row.cellEnd(index);
    const key = dateKey(row.source, start, end);
    if (key < 0) return parseDate(row.cell(index));
    if (key === lastKey) return lastKeyDay;
    let day = datesByKey.get(key);
    if (day === undefined) {
      day = parseDateCell(row.source.slice(start, end), formats.dayOrder);
      datesByKey.set(key, day);
    }
    lastKey = key;
    lastKeyDay = day;
    return day;
  };
  const amountOnly = columns.amount !== null && columns.quantity === null;
  const { invoice } = columns;
  const { cancellation } = formats;
  const isCancellation = (row: RowView) => {
    const cell = invoice === null ? null : row.cell(invoice);
    return typeof cell === 'string' && cancellation !== null && cancellation.test(cell.trim());
  };
  const checkCancellations = invoice !== null && cancellation !== null;
  return {
    ...formats,
    read(row, ids, into) {
      // In text files a short row, or a long one with text past the header, is a broken line
      // (often an unquoted delimiter inside a cell shifted the columns).
      if (kind !== 'xlsx') {
        if (row.size <= needed) return 'broken-row';
        if (headerSize !== null && row.size > headerSize) {
          for (let i = headerSize; i < row.size; i++) if (row.cell(i) !== '') return 'broken-row';
        }
      }
      const text = isText(row);
      into.customer = text ? knownCustomer(row, columns.customer, ids) : -1;
      into.anonymous = false;
      if (into.customer < 0) {
        const customerCell = row.cell(columns.customer);
        const customerId = customerCell === null ? '' : String(customerCell).trim();
        into.anonymous =
          customerId.length <= MAX_PLACEHOLDER_LENGTH && NO_CUSTOMER.has(customerId.toLowerCase());
        into.newCustomerId = customerId;
        into.newCustomerStart =
          text &&
          row.isPlain(columns.customer) &&
          customerId.length === row.cellEnd(columns.customer) - row.cellStart(columns.customer)
            ? row.cellStart(columns.customer)
            : -1;
      }
      const day =
        text && row.isPlain(columns.date)
          ? parseDateAt(row, columns.date)
          : parseDate(row.cell(columns.date));
      if (day === null) return 'invalid-date';
      const plain =
        text && amountOnly && row.isPlain(columns.amount!)
          ? parsePlainRange(
              row.source,
              row.cellStart(columns.amount!),
              row.cellEnd(columns.amount!),
              formats.decimalSeparator,
            )
          : undefined;
      const amount = plain ?? readAmount(row, columns, formats.decimalSeparator);
      if (amount === null) return 'invalid-amount';
      into.day = day;
      // The cancellation sign is applied here rather than through lineAmount, to keep the common
      // amount-only path free of the receipt-number check.
      const signed = checkCancellations && isCancellation(row) ? -Math.abs(amount) : amount;
      into.amountCents = Math.round(signed * 100);
      return null;
    },
  };
}

/**
 * The index of an already-seen customer, looked up from the cell's characters, or −1 (new id,
 * or a cell that needs trimming or unquoting: the caller then reads it as a string). Ids that
 * mean "nobody" are never added, so a known id is always a real customer.
 */
function knownCustomer(row: TextRowView, index: number, ids: CustomerIds): number {
  if (!row.isPlain(index)) return -1;
  const start = row.cellStart(index);
  const end = row.cellEnd(index);
  if (end === start) return -1;
  const first = row.source.charCodeAt(start);
  const last = row.source.charCodeAt(end - 1);
  if (first < PRINTABLE_FIRST || first > PRINTABLE_LAST) return -1;
  if (last < PRINTABLE_FIRST || last > PRINTABLE_LAST) return -1;
  return ids.findRange(start, end);
}

function readAmount(row: RowView, columns: ColumnChoice, decimal: DecimalSeparator): number | null {
  const optional = (index: number | null) => {
    const cell = index === null ? null : row.cell(index);
    return cell === null || cell === '' ? undefined : parseLocaleNumber(cell, decimal);
  };
  const quantity = optional(columns.quantity);
  if (columns.amount !== null) {
    const amount = parseLocaleNumber(row.cell(columns.amount), decimal);
    return lineAmount({ amount, quantity, cancelled: false });
  }
  return lineAmount({
    price: parseLocaleNumber(row.cell(columns.price!), decimal),
    quantity,
    cancelled: false,
  });
}
