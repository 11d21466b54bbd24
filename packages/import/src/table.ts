/** A cell as read from a file: text from CSV, typed values from XLSX. */
export type Cell = string | number | boolean | Date | null;

/** One row of a table, valid only during the `forEachRow` callback (it is reused). */
export interface RowView {
  /** 1-based line (CSV) or row number (XLSX) where the row starts, for messages. */
  line: number;
  /** Position of the row in the source, for progress and for the duplicate check. */
  start: number;
  end: number;
  size: number;
  /** The cell at a 0-based column index; null past the end of the row. */
  cell(index: number): Cell;
}

/**
 * A row of a text file, which can also hand out its unquoted cells as ranges of the source text:
 * the row reader parses those from character codes, without a string per cell.
 */
export interface TextRowView extends RowView {
  readonly source: string;
  /** True when cell `index` exists and is not quoted: it is then `source[cellStart, cellEnd)`. */
  isPlain(index: number): boolean;
  cellStart(index: number): number;
  cellEnd(index: number): number;
}

/** Where a table came from, to tell the owner how the file was understood. */
export interface TableFormat {
  kind: 'delimited' | 'whitespace' | 'xlsx';
  encoding?: 'utf-8' | 'windows-1252';
  delimiter?: string;
  sheet?: string;
}

/** Where to resume reading a table: a row's `start` and `line`, as its {@link RowView} gave them. */
export interface RowPosition {
  start: number;
  line: number;
}

/**
 * A table read from a file. `forEachRow` can be called several times (once on a sample to
 * guess the columns, then on everything); returning `false` from the callback stops early, and
 * `from` (the position of the row it stopped at) resumes there, so that a file can be read a
 * slice at a time without scanning its beginning again.
 */
export interface Table {
  format: TableFormat;
  /** Total of the `end` positions, for a progress fraction. */
  size: number;
  forEachRow(onRow: (row: RowView) => unknown, from?: RowPosition): void;
  /** Text files: the whole decoded text, which {@link TextRowView} ranges point into. */
  source?: string;
  /** The raw content between two positions: two rows are exact duplicates when it is equal. */
  rawRow(start: number, end: number): string;
}
