import type { ColumnNotice } from '../choose-columns.ts';
import { findHeaderRow } from '../find-header-row.ts';
import { inferCancellation, inferDayOrder, inferDecimalSeparator } from '../infer-formats.ts';
import type { Cell, RowPosition, RowView, Table } from '../table.ts';
import { type ImportedPurchase, PurchaseGrouper } from './group-purchases.ts';
import type { ImportField } from './import-fields.ts';
import { type FieldMapping, type MappingProblem, mapColumns } from './map-columns.ts';
import { CustomerMerger, type ImportCustomer } from './merge-customer-rows.ts';
import type { ColumnMapOption } from './parse-map-option.ts';
import { type ImportRow, type ImportRowFormats, importRowReader } from './read-import-row.ts';
import { RowIdentities, rowContentOf } from './row-identity.ts';

/** Rows looked at to find the header and guess the date order and decimal separator. */
const SAMPLE_ROWS = 500;

/** Why a row, or one of its cells, cannot be imported; a row with a problem is left out whole. */
export interface RowProblem {
  line: number;
  field: ImportField | null;
  problem:
    | 'broken-row'
    | 'no-customer'
    | 'unreadable-date'
    | 'unreadable-number'
    | 'unreadable-consent'
    | 'not-a-whole-number'
    | 'unreadable-amount'
    | 'conflicting-value'
    | 'invoice-of-another-customer';
}

export type { ImportCustomer };

/** Everything the import will write, read from the file before anything is written. */
export interface ImportFile {
  headers: string[];
  headerLine: number | null;
  mapping: FieldMapping;
  /** When not empty, the file cannot be imported as mapped (nothing is read past the header). */
  mappingProblems: MappingProblem[];
  notices: ColumnNotice[];
  formats: ImportRowFormats | null;
  customers: ImportCustomer[];
  purchases: ImportedPurchase[];
  rowProblems: RowProblem[];
  /** Data rows read (title lines, header and blank lines excluded). */
  rowsRead: number;
  /** Sales without any way to tell the customer: counted apart, not imported. */
  withoutCustomer: { rows: number; amountCents: number };
  /** Rows whose consent was left out because the file gives no date or source for it. */
  consentsWithoutProof: number;
}

/**
 * A table → the customers and purchases it holds, and a report per row: the header found below
 * any title lines (or given), the columns mapped (the owner's `--map` first, the rest guessed),
 * each row typed, given its identity and grouped into purchases by receipt. Pure: what is
 * already in the database, and whether to skip invalid rows, is the caller's business.
 *
 * @example readImportFile(await readTable(bytes), { maps: [], headerLine: null })
 */
export function readImportFile(table: Table, options: ImportReadOptions): ImportFile {
  const reader = importFileReader(table, options);
  while (reader.readSome(Number.POSITIVE_INFINITY) !== null) {}
  return reader.finish();
}

export type ImportReadOptions = {
  maps: readonly ColumnMapOption[];
  headerLine: number | null;
  /** 0-based columns the owner left out: never guessed. */
  ignoredColumns?: readonly number[];
};

/**
 * {@link readImportFile} a slice of rows at a time, so that a writer can store the purchases
 * already read while the rest of the file is being read. The header, mapping and formats are
 * known from the start (`head`); `finish()` gives exactly what {@link readImportFile} gives.
 */
export interface ImportFileReader {
  /** The file before its rows: `customers`, `purchases` and the counts are filled by `finish()`. */
  readonly head: ImportFile;
  /**
   * Reads up to `rows` more data rows; the purchases they completed that nothing further down
   * the file can change (those without a receipt number: see {@link PurchaseGrouper}), or null
   * once the file is read. Returns an empty list when the file cannot be imported as mapped.
   */
  readSome(rows: number): ImportedPurchase[] | null;
  /** Reads whatever is left; the whole file, every purchase included (those handed out too). */
  finish(): ImportFile;
}

/** @example const reader = importFileReader(table, { maps: [], headerLine: null }) */
export function importFileReader(table: Table, options: ImportReadOptions): ImportFileReader {
  const sample: Cell[][] = [];
  const lines: number[] = [];
  table.forEachRow((row) => {
    sample.push(Array.from({ length: row.size }, (_, i) => row.cell(i)));
    lines.push(row.line);
    const wanted = options.headerLine !== null && row.line < options.headerLine;
    return sample.length <= SAMPLE_ROWS || wanted;
  });
  const headerIndex = findHeaderRow(sample, lines, options.headerLine);
  const headers = (sample[headerIndex] ?? []).map((cell) => String(cell ?? '').trim());
  const { mapping, problems, notices } = mapColumns(headers, options.maps, options.ignoredColumns);
  const result: ImportFile = {
    headers,
    headerLine: lines[headerIndex] ?? null,
    mapping,
    mappingProblems: problems,
    notices,
    formats: null,
    customers: [],
    purchases: [],
    rowProblems: [],
    rowsRead: 0,
    withoutCustomer: { rows: 0, amountCents: 0 },
    consentsWithoutProof: 0,
  };
  if (problems.length > 0) {
    // Nothing is read past the header: one empty slice, then the end.
    let done = false;
    const readSome = () => {
      if (done) return null;
      done = true;
      return [];
    };
    return { head: result, readSome, finish: () => result };
  }
  const data = sample.slice(headerIndex + 1);
  const column = (field: ImportField) => {
    const index = mapping[field];
    return index === undefined ? [] : data.map((row) => row[index] ?? null);
  };
  const formats: ImportRowFormats = {
    dayOrder: inferDayOrder([...column('date'), ...column('birthday')]),
    decimalSeparator: inferDecimalSeparator([...column('amount'), ...column('unitPrice')]),
    cancellation: inferCancellation(column('invoice')),
  };
  result.formats = formats;
  const lastColumn = Math.max(...Object.values(mapping).filter((i) => i !== undefined));
  const customers = new CustomerMerger();
  const keys = new CustomerKeys();
  const identities = new RowIdentities();
  const grouper = new PurchaseGrouper();
  const readRow = importRowReader(mapping, formats);
  const contentOf = rowContentOf(mapping);
  // Made once, not per row: the row they read is the current one.
  let view: RowView | null = null;
  const cell = (index: number) => view!.cell(index);
  const fail = (line: number, problem: RowProblem['problem'], field: ImportField | null = null) => {
    result.rowProblems.push({ line, field, problem });
  };
  const readRowOf = (current: RowView) => {
    result.rowsRead++;
    view = current;
    const line = current.line;
    if (table.format.kind !== 'xlsx' && current.size <= lastColumn) return fail(line, 'broken-row');
    const { row, problems: cellProblems } = readRow(cell);
    if (cellProblems.length > 0) {
      for (const { field, problem } of cellProblems) fail(line, problem, field);
      return;
    }
    const purchase = row.day !== null;
    if (purchase && row.amountCents === null) return fail(line, 'unreadable-amount', 'amount');
    if (!purchase && row.amountCents !== null) return fail(line, 'unreadable-date', 'date');
    const key = keys.of(row);
    if (key === null) {
      if (!purchase) return fail(line, 'no-customer');
      result.withoutCustomer.rows++;
      result.withoutCustomer.amountCents += row.amountCents!;
      return;
    }
    if (withoutProof(row)) {
      result.consentsWithoutProof++;
      row.emailConsent = row.emailConsent === true ? null : row.emailConsent;
      row.smsConsent = row.smsConsent === true ? null : row.smsConsent;
    }
    const conflict = customers.add(key, row, line);
    if (conflict !== null) return fail(line, 'conflicting-value', conflict);
    if (!purchase) return;
    grouper.add({
      line,
      identity: identities.next(row.invoice, contentOf(cell)),
      customerKey: key,
      day: row.day!,
      amountCents: row.amountCents!,
      invoice: row.invoice,
      item: row.item,
      quantity: row.quantity,
      unitPriceCents: row.unitPriceCents,
    });
  };
  // The title lines and the header are skipped; then each slice resumes where the last stopped.
  let before = headerIndex + 1;
  let resumeAt: RowPosition | undefined;
  let done = false;
  let finished = false;
  const readSome = (rows: number): ImportedPurchase[] | null => {
    if (done) return null;
    let read = 0;
    let stoppedAt: RowPosition | undefined;
    table.forEachRow((current) => {
      if (before > 0) {
        before--;
        return;
      }
      if (read === rows) {
        stoppedAt = { start: current.start, line: current.line };
        return false;
      }
      read++;
      readRowOf(current);
    }, resumeAt);
    resumeAt = stoppedAt;
    if (stoppedAt === undefined) done = true;
    return grouper.takeComplete();
  };
  return {
    head: result,
    readSome,
    finish() {
      if (finished) return result;
      while (readSome(Number.POSITIVE_INFINITY) !== null) {}
      finished = true;
      const { purchases, conflicts } = grouper.result();
      for (const { line, problem } of conflicts) {
        result.rowProblems.push({ line, field: 'invoice', problem });
      }
      result.rowProblems.sort((a, b) => a.line - b.line);
      result.customers = customers.list();
      result.purchases = purchases;
      return result;
    },
  };
}

/** A consent given without its date or source: the import cannot prove it, so does not assume it. */
function withoutProof(row: ImportRow): boolean {
  const given = row.emailConsent === true || row.smsConsent === true;
  return given && (row.consentDay === null || row.consentSource === null);
}

/**
 * How the file tells customers apart: its own number first, then the email, then the phone.
 * One key string per customer, shared by all their rows (a million rows keep a hundred
 * thousand keys, not a million copies).
 */
class CustomerKeys {
  private readonly refs = new Map<string, string>();
  private readonly emails = new Map<string, string>();
  private readonly phones = new Map<string, string>();

  of(row: ImportRow): string | null {
    if (row.customerRef !== null) return known(this.refs, row.customerRef, 'ref:', asIs);
    if (row.email !== null) return known(this.emails, row.email, 'email:', lowerCase);
    const digits = row.phone?.replace(/\D/g, '') ?? '';
    return digits === '' ? null : known(this.phones, digits, 'phone:', asIs);
  }
}

function known(
  keys: Map<string, string>,
  value: string,
  kind: string,
  normalize: (value: string) => string,
): string {
  let key = keys.get(value);
  if (key === undefined) {
    key = kind + normalize(value);
    keys.set(value, key);
  }
  return key;
}

const asIs = (text: string) => text;
const lowerCase = (text: string) => text.toLowerCase();
