import type { Transactions } from '@habitue/analytics';
import { type ColumnChoice, type ColumnOverrides, chooseColumns } from './choose-columns.ts';
import { CustomerIds } from './customer-ids.ts';
import { dropExactDuplicates } from './drop-exact-duplicates.ts';
import { findHeaderRow } from './find-header-row.ts';
import { GrowableColumns } from './growable-columns.ts';
import { type DateStyle, inferDateStyle } from './infer-date-style.ts';
import { inferCancellation, inferDayOrder, inferDecimalSeparator } from './infer-formats.ts';
import { type ParsedRow, type RowReader, rowReader } from './row-reader.ts';
import { SkippedRows } from './skipped-rows.ts';
import type { Cell, Table } from './table.ts';

/** Rows looked at to guess the header, the date order and the decimal separator. */
const SAMPLE_ROWS = 500;
const PROGRESS_EVERY_ROWS = 1 << 16;

export interface CollectOptions {
  overrides: ColumnOverrides;
  /** The header's line (row number in XLSX) when the owner gives it; else it is searched. */
  headerLine?: number | null;
  /** Rows after this day are left out (and counted). */
  asOfDay: number | null;
  keepDuplicates: boolean;
  onProgress?: (fraction: number) => void;
}

/** The usable rows of a file as typed arrays, and an account of everything left out. */
export interface CollectedTransactions {
  transactions: Transactions;
  /** The file's customer id for each customer index. */
  customerIds: string[];
  format: Table['format'];
  columns: ColumnChoice;
  /** Line (row number in XLSX) of the header, or null for a file without one. */
  headerLine: number | null;
  reader: Pick<RowReader, 'dayOrder' | 'decimalSeparator'>;
  /** How the sample's dates are written, for the report ("dates jour/mois" only when they are). */
  dateStyle: DateStyle;
  /** Data rows read (title lines, header and blank lines excluded). */
  rowsRead: number;
  skipped: SkippedRows;
  /** Readable sales without a customer: counted apart, left out of the customers' figures. */
  withoutCustomer: { rows: number; amountCents: number };
  /** Distinct receipt or invoice numbers among the rows used; null without such a column. */
  receipts: number | null;
}

/**
 * Table → clean transactions: finds the header (below any title lines), guesses the columns and
 * formats from a sample, reads every row into typed arrays (one customer index per distinct
 * id), counts what it skips and why, counts sales without a customer apart, and drops exact
 * duplicate rows unless told to keep them. A file with receipt numbers keeps identical lines:
 * they are several items of one receipt.
 */
export function collectTransactions(table: Table, options: CollectOptions): CollectedTransactions {
  const headerLine = options.headerLine ?? null;
  const sample: Cell[][] = [];
  const lines: number[] = [];
  table.forEachRow((row) => {
    sample.push(Array.from({ length: row.size }, (_, i) => row.cell(i)));
    lines.push(row.line);
    return sample.length <= SAMPLE_ROWS || (headerLine !== null && row.line < headerLine);
  });
  const headerIndex = findHeaderRow(sample, lines, headerLine);
  const columns = chooseColumns(sample[headerIndex] ?? [], options.overrides);
  const firstData = headerIndex + (columns.hasHeader ? 1 : 0);
  const data = sample.slice(firstData);
  const dates = data.map((r) => r[columns.date] ?? null);
  const dayOrder = inferDayOrder(dates);
  const reader = rowReader(table.format.kind, columns, {
    dayOrder,
    decimalSeparator: inferDecimalSeparator(
      data.map((r) => r[columns.amount ?? columns.price!] ?? null),
    ),
    cancellation:
      columns.invoice === null
        ? null
        : inferCancellation(data.map((r) => r[columns.invoice!] ?? null)),
  });
  const rows = new GrowableColumns();
  const ids = new CustomerIds(table.source);
  const parsed: ParsedRow = {
    customer: -1,
    anonymous: false,
    newCustomerId: '',
    newCustomerStart: -1,
    day: 0,
    amountCents: 0,
  };
  const skipped = new SkippedRows();
  const withoutCustomer = { rows: 0, amountCents: 0 };
  // The lines of one receipt are one purchase: counted here, for the report.
  const receipts = columns.invoice === null ? null : new Set<string>();
  let rowsRead = 0;
  let before = firstData;
  table.forEachRow((row) => {
    if (before > 0) {
      before--;
      return;
    }
    rowsRead++;
    if (options.onProgress && rowsRead % PROGRESS_EVERY_ROWS === 0) {
      options.onProgress(row.end / table.size);
    }
    const problem = reader.read(row, ids, parsed);
    if (problem !== null) return skipped.add(problem, row.line);
    if (options.asOfDay !== null && parsed.day > options.asOfDay) {
      return skipped.add('after-as-of', row.line);
    }
    if (parsed.anonymous) {
      withoutCustomer.rows++;
      withoutCustomer.amountCents += parsed.amountCents;
      return;
    }
    // A customer gets an index with their first usable row, as before the as-of cut.
    const customer =
      parsed.customer >= 0
        ? parsed.customer
        : ids.add(parsed.newCustomerId, parsed.newCustomerStart);
    rows.push(customer, parsed.day, parsed.amountCents, row.line, row.start, row.end);
    if (receipts !== null) receipts.add(String(row.cell(columns.invoice!) ?? '').trim());
  });
  receipts?.delete('');
  // After the duplicate check the rows are handed over in (customer, day) order, which spares
  // the summary its own sort of a million rows.
  const checked =
    options.keepDuplicates || columns.invoice !== null
      ? null
      : dropExactDuplicates(rows, table.rawRow, ids.ids.length, skipped);
  if (!checked) rows.compact(null);
  const kept = checked ? rows.gather(checked.keep, checked.order) : rows;
  const customerIds = ids.ids;
  return {
    transactions: {
      customer: kept.customer,
      day: kept.day,
      amountCents: kept.amountCents,
      customerCount: customerIds.length,
    },
    customerIds,
    format: table.format,
    columns,
    headerLine: columns.hasHeader ? (lines[headerIndex] ?? null) : null,
    reader,
    dateStyle: inferDateStyle(dates, dayOrder),
    rowsRead,
    skipped,
    withoutCustomer,
    receipts: receipts === null ? null : receipts.size,
  };
}
