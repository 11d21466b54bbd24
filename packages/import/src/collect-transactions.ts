import type { Transactions } from '@habitue/analytics';
import { type ColumnChoice, type ColumnOverrides, chooseColumns } from './choose-columns.ts';
import { CustomerIds } from './customer-ids.ts';
import { dropExactDuplicates } from './drop-exact-duplicates.ts';
import { GrowableColumns } from './growable-columns.ts';
import { inferDayOrder, inferDecimalSeparator } from './infer-formats.ts';
import { type ParsedRow, type RowReader, rowReader } from './row-reader.ts';
import { SkippedRows } from './skipped-rows.ts';
import type { Cell, Table } from './table.ts';

/** Rows looked at to guess the header, the date order and the decimal separator. */
const SAMPLE_ROWS = 500;
const PROGRESS_EVERY_ROWS = 1 << 16;

export interface CollectOptions {
  overrides: ColumnOverrides;
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
  reader: Pick<RowReader, 'dayOrder' | 'decimalSeparator'>;
  /** Data rows read (header and blank lines excluded). */
  rowsRead: number;
  skipped: SkippedRows;
}

/**
 * Table → clean transactions: guesses the columns and formats from a sample, reads every row
 * into typed arrays (one customer index per distinct id), counts what it skips and why, and
 * drops exact duplicate rows unless told to keep them.
 */
export function collectTransactions(table: Table, options: CollectOptions): CollectedTransactions {
  const sample: Cell[][] = [];
  table.forEachRow((row) => {
    sample.push(Array.from({ length: row.size }, (_, i) => row.cell(i)));
    return sample.length <= SAMPLE_ROWS;
  });
  const columns = chooseColumns(sample[0] ?? [], options.overrides);
  const data = columns.hasHeader ? sample.slice(1) : sample;
  const reader = rowReader(table.format.kind, columns, {
    dayOrder: inferDayOrder(data.map((r) => r[columns.date] ?? null)),
    decimalSeparator: inferDecimalSeparator(
      data.map((r) => r[columns.amount ?? columns.price!] ?? null),
    ),
  });
  const rows = new GrowableColumns();
  const ids = new CustomerIds(table.source);
  const parsed: ParsedRow = {
    customer: -1,
    newCustomerId: '',
    newCustomerStart: -1,
    day: 0,
    amountCents: 0,
  };
  const skipped = new SkippedRows();
  let rowsRead = 0;
  let headerPending = columns.hasHeader;
  table.forEachRow((row) => {
    if (headerPending) {
      headerPending = false;
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
    // A customer gets an index with their first usable row, as before the as-of cut.
    const customer =
      parsed.customer >= 0
        ? parsed.customer
        : ids.add(parsed.newCustomerId, parsed.newCustomerStart);
    rows.push(customer, parsed.day, parsed.amountCents, row.line, row.start, row.end);
  });
  // After the duplicate check the rows are handed over in (customer, day) order, which spares
  // the summary its own sort of a million rows.
  const checked = options.keepDuplicates
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
    reader,
    rowsRead,
    skipped,
  };
}
