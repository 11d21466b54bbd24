import type { Transactions } from '@habitue/analytics';
import { type ColumnChoice, type ColumnOverrides, chooseColumns } from './choose-columns.ts';
import { CustomerIds } from './customer-ids.ts';
import { dropExactDuplicates } from './drop-exact-duplicates.ts';
import { findHeaderRow } from './find-header-row.ts';
import { GrowableColumns } from './growable-columns.ts';
import { type DateStyle, inferDateStyle } from './infer-date-style.ts';
import { inferCancellation, inferDayOrder, inferDecimalSeparator } from './infer-formats.ts';
import { type ParsedRow, type RowFormats, type RowReader, rowReader } from './row-reader.ts';
import { type SkippedReason, SkippedRows } from './skipped-rows.ts';
import type { Cell, RowPosition, Table } from './table.ts';

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
  const plan = planCollection(table, options);
  const part = new CollectedRows(table.source);
  readRows(table, plan, part, { skip: plan.firstData, onProgress: options.onProgress });
  return finishCollection(table, plan, part, options);
}

/** What the sample says about a file: where its rows start, its columns and formats. */
export interface CollectionPlan {
  columns: ColumnChoice;
  formats: RowFormats;
  /** Rows (as `forEachRow` counts them) before the first data row: title lines, the header. */
  firstData: number;
  /** Where the last sampled row ends: the data read in parts are split after it. */
  sampleEnd: number;
  headerLine: number | null;
  dateStyle: DateStyle;
  /** Rows after this day are left out (and counted). */
  asOfDay: number | null;
}

/** Finds the header (below any title lines) and guesses the columns and formats from a sample. */
export function planCollection(table: Table, options: CollectOptions): CollectionPlan {
  const headerLine = options.headerLine ?? null;
  const sample: Cell[][] = [];
  const lines: number[] = [];
  let sampleEnd = 0;
  table.forEachRow((row) => {
    sample.push(Array.from({ length: row.size }, (_, i) => row.cell(i)));
    lines.push(row.line);
    sampleEnd = row.end;
    return sample.length <= SAMPLE_ROWS || (headerLine !== null && row.line < headerLine);
  });
  const headerIndex = findHeaderRow(sample, lines, headerLine);
  const columns = chooseColumns(sample[headerIndex] ?? [], options.overrides);
  const firstData = headerIndex + (columns.hasHeader ? 1 : 0);
  const data = sample.slice(firstData);
  const dates = data.map((r) => r[columns.date] ?? null);
  const dayOrder = inferDayOrder(dates);
  return {
    columns,
    formats: {
      dayOrder,
      decimalSeparator: inferDecimalSeparator(
        data.map((r) => r[columns.amount ?? columns.price!] ?? null),
      ),
      cancellation:
        columns.invoice === null
          ? null
          : inferCancellation(data.map((r) => r[columns.invoice!] ?? null)),
    },
    firstData,
    sampleEnd,
    headerLine: columns.hasHeader ? (lines[headerIndex] ?? null) : null,
    dateStyle: inferDateStyle(dates, dayOrder),
    asOfDay: options.asOfDay,
  };
}

/**
 * The rows of a file, or of a part of it, as read: customer indices of the part's own id table,
 * every row left out with its reason and line.
 */
export class CollectedRows {
  readonly rows = new GrowableColumns();
  readonly ids: CustomerIds;
  readonly skipped = new SkippedRows();
  readonly withoutCustomer = { rows: 0, amountCents: 0 };
  /** The receipt numbers of the rows used (a file with an invoice column), else empty. */
  readonly receipts = new Set<string>();
  rowsRead = 0;
  constructor(source?: string) {
    this.ids = new CustomerIds(source);
  }

  /**
   * Appends the rows of the part of the file that follows this one, read on its own from its
   * first row (lines and positions counted from there): its customers take the indices they
   * would have had in one reading, in order of first appearance after this part's.
   */
  append(next: CollectedPart, lineOffset: number, positionOffset: number): void {
    const indexOf = new Int32Array(next.ids.length);
    for (let k = 0; k < next.ids.length; k++) indexOf[k] = this.ids.add(next.ids[k]!);
    this.rows.append(next.rows, indexOf, lineOffset, positionOffset);
    for (const skip of next.skipped) {
      this.skipped.addCount(
        skip.reason,
        skip.count,
        skip.exampleLines.map((l) => l + lineOffset),
      );
    }
    this.withoutCustomer.rows += next.withoutCustomer.rows;
    this.withoutCustomer.amountCents += next.withoutCustomer.amountCents;
    for (const receipt of next.receipts) this.receipts.add(receipt);
    this.rowsRead += next.rowsRead;
  }

  /** Plain data, to be sent from the thread that read the part. */
  toPart(): CollectedPart {
    const r = this.rows;
    return {
      ids: this.ids.ids,
      rows: {
        length: r.length,
        customer: r.customer.subarray(0, r.length),
        day: r.day.subarray(0, r.length),
        amountCents: r.amountCents.subarray(0, r.length),
        line: r.line.subarray(0, r.length),
        rawStart: r.rawStart.subarray(0, r.length),
        rawEnd: r.rawEnd.subarray(0, r.length),
      },
      skipped: this.skipped.inOrder(),
      withoutCustomer: this.withoutCustomer,
      receipts: [...this.receipts],
      rowsRead: this.rowsRead,
    };
  }
}

/** {@link CollectedRows} as plain data (structured-clonable). */
export interface CollectedPart {
  ids: string[];
  rows: Pick<
    GrowableColumns,
    'length' | 'customer' | 'day' | 'amountCents' | 'line' | 'rawStart' | 'rawEnd'
  >;
  /** Reasons in order of their first row, each with its first example lines. */
  skipped: SkippedReason[];
  withoutCustomer: { rows: number; amountCents: number };
  receipts: string[];
  rowsRead: number;
}

export interface ReadRowsRange {
  /** Where to start (the file's start when absent). */
  from?: RowPosition;
  /** Rows to pass over first (title lines and the header). */
  skip: number;
  /** Reading stops before the first row that starts at or after this position. */
  end?: number;
  onProgress?: (fraction: number) => void;
}

/**
 * Reads the rows of `range` into `into`: each row's customer, day and amount, or why it is left
 * out. Returns the position of the row it stopped at (null at the end of the file).
 */
export function readRows(
  table: Table,
  plan: CollectionPlan,
  into: CollectedRows,
  range: ReadRowsRange,
): RowPosition | null {
  const { columns } = plan;
  const reader = rowReader(table.format.kind, columns, plan.formats);
  const { rows, ids, skipped, withoutCustomer, receipts } = into;
  const parsed: ParsedRow = {
    customer: -1,
    anonymous: false,
    newCustomerId: '',
    newCustomerStart: -1,
    day: 0,
    amountCents: 0,
  };
  const { onProgress } = range;
  const end = range.end ?? Number.POSITIVE_INFINITY;
  const asOfDay = plan.asOfDay;
  let stoppedAt: RowPosition | null = null;
  let before = range.skip;
  table.forEachRow((row) => {
    if (before > 0) {
      before--;
      return;
    }
    if (row.start >= end) {
      stoppedAt = { start: row.start, line: row.line };
      return false;
    }
    into.rowsRead++;
    if (onProgress && into.rowsRead % PROGRESS_EVERY_ROWS === 0) onProgress(row.end / table.size);
    const problem = reader.read(row, ids, parsed);
    if (problem !== null) return skipped.add(problem, row.line);
    if (asOfDay !== null && parsed.day > asOfDay) return skipped.add('after-as-of', row.line);
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
    // The lines of one receipt are one purchase: counted here, for the report.
    if (columns.invoice !== null) receipts.add(String(row.cell(columns.invoice) ?? '').trim());
  }, range.from);
  return stoppedAt;
}

/**
 * Drops exact duplicate rows unless told to keep them (a file with receipt numbers keeps
 * identical lines: they are several items of one receipt) and hands the rows over.
 */
export function finishCollection(
  table: Table,
  plan: CollectionPlan,
  part: CollectedRows,
  options: Pick<CollectOptions, 'keepDuplicates'>,
): CollectedTransactions {
  const { columns } = plan;
  const { rows, ids, skipped, receipts } = part;
  receipts.delete('');
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
    headerLine: plan.headerLine,
    reader: plan.formats,
    dateStyle: plan.dateStyle,
    rowsRead: part.rowsRead,
    skipped,
    withoutCustomer: part.withoutCustomer,
    receipts: columns.invoice === null ? null : receipts.size,
  };
}
