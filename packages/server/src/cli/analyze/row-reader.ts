import type { ColumnChoice } from './choose-columns.ts';
import { type DayOrder, parseDateCell } from './parse-date.ts';
import { type DecimalSeparator, parseLocaleNumber } from './parse-number.ts';
import type { SkipReason } from './skipped-rows.ts';
import type { Cell, RowView, TableFormat } from './table.ts';

/** Customer ids that mean "nobody" in cash-register exports. */
const NO_CUSTOMER = new Set(['', '-', 'n/a', 'na', 'null', 'none', '#n/a', 'inconnu', 'unknown']);
const MAX_PLACEHOLDER_LENGTH = 7;

export interface ParsedRow {
  customerId: string;
  day: number;
  amountCents: number;
}

export interface RowReader {
  dayOrder: DayOrder;
  decimalSeparator: DecimalSeparator;
  /** One row → its customer, day and amount, or why it cannot be used. */
  read(row: RowView): ParsedRow | SkipReason;
}

/**
 * Reads the chosen columns of a row. Refund policy: a negative amount, or a negative quantity
 * next to a positive amount (cancelled line items), makes the row a refund (negative amount).
 */
export function rowReader(
  kind: TableFormat['kind'],
  columns: ColumnChoice,
  formats: { dayOrder: DayOrder; decimalSeparator: DecimalSeparator },
): RowReader {
  const needed = Math.max(
    columns.customer,
    columns.date,
    columns.amount ?? -1,
    columns.price ?? -1,
    columns.quantity ?? -1,
  );
  const headerSize = columns.hasHeader ? columns.headers.length : null;
  const dates = new Map<string, number | null>();
  let lastDateText = '';
  let lastDay: number | null = null;
  const parseDate = (cell: Cell) => {
    // Most files repeat the same few hundred dates, often in runs: parse each text once.
    if (typeof cell !== 'string' || cell.length > 10) return parseDateCell(cell, formats.dayOrder);
    if (cell === lastDateText) return lastDay;
    let day = dates.get(cell);
    if (day === undefined) {
      day = parseDateCell(cell, formats.dayOrder);
      dates.set(cell, day);
    }
    lastDateText = cell;
    lastDay = day;
    return day;
  };
  return {
    ...formats,
    read(row) {
      // In text files a short row, or a long one with text past the header, is a broken line
      // (often an unquoted delimiter inside a cell shifted the columns).
      if (kind !== 'xlsx') {
        if (row.size <= needed) return 'broken-row';
        if (headerSize !== null && row.size > headerSize) {
          for (let i = headerSize; i < row.size; i++) if (row.cell(i) !== '') return 'broken-row';
        }
      }
      const customerCell = row.cell(columns.customer);
      const customerId = customerCell === null ? '' : String(customerCell).trim();
      if (
        customerId.length <= MAX_PLACEHOLDER_LENGTH &&
        NO_CUSTOMER.has(customerId.toLowerCase())
      ) {
        return 'missing-customer';
      }
      const day = parseDate(row.cell(columns.date));
      if (day === null) return 'invalid-date';
      const amount = readAmount(row, columns, formats.decimalSeparator);
      if (amount === null) return 'invalid-amount';
      return { customerId, day, amountCents: Math.round(amount * 100) };
    },
  };
}

function readAmount(row: RowView, columns: ColumnChoice, decimal: DecimalSeparator): number | null {
  const quantityCell = columns.quantity === null ? null : row.cell(columns.quantity);
  const quantity =
    quantityCell === null || quantityCell === '' ? null : parseLocaleNumber(quantityCell, decimal);
  if (columns.amount !== null) {
    const amount = parseLocaleNumber(row.cell(columns.amount), decimal);
    if (amount === null) return null;
    return quantity !== null && quantity < 0 ? -Math.abs(amount) : amount;
  }
  const price = parseLocaleNumber(row.cell(columns.price!), decimal);
  if (price === null) return null;
  // Without a quantity column (or with an empty quantity) the price is the amount of the line.
  if (columns.quantity === null || quantityCell === null || quantityCell === '') return price;
  return quantity === null ? null : price * quantity;
}
