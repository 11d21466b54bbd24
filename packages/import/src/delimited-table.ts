import type { Delimiter } from './sniff-delimiter.ts';
import type { Cell, RowPosition, RowView, Table, TableFormat, TextRowView } from './table.ts';

const QUOTE = 34;
const LF = 10;
const CR = 13;
const SPACE = 32;
const TAB = 9;

/**
 * A delimited text file (RFC 4180 quoting: `"a;b"`, `"say ""hi"""`, newlines inside quotes)
 * or a whitespace-separated one (CDNOW). Hand-written rather than csv-parse: it records cell
 * boundaries and slices only the cells that are asked for, about 5× faster on a million rows
 * (see docs/benchmarks/analytics-ingest.md).
 */
export function delimitedTable(text: string, delimiter: Delimiter, format: TableFormat): Table {
  return {
    format,
    size: text.length,
    source: text,
    forEachRow: (onRow, from) => scanRows(text, delimiter, onRow, from),
    rawRow: (start, end) => text.slice(start, end),
  };
}

class DelimitedRow implements TextRowView {
  line = 0;
  start = 0;
  end = 0;
  size = 0;
  starts = new Int32Array(64);
  ends = new Int32Array(64);
  quoted = new Uint8Array(64);
  constructor(readonly source: string) {}

  cell(index: number): Cell {
    if (index >= this.size) return null;
    const value = this.source.slice(this.starts[index], this.ends[index]);
    return this.quoted[index] ? value.replaceAll('""', '"') : value;
  }

  isPlain(index: number): boolean {
    return index < this.size && this.quoted[index] === 0;
  }

  cellStart(index: number): number {
    return this.starts[index]!;
  }

  cellEnd(index: number): number {
    return this.ends[index]!;
  }

  push(start: number, end: number, quoted: boolean): void {
    if (this.size === this.starts.length) this.grow();
    this.starts[this.size] = start;
    this.ends[this.size] = end;
    this.quoted[this.size++] = quoted ? 1 : 0;
  }

  private grow(): void {
    // Copied with set(): `TypedArray.from({ length }, mapFn)` calls a function per element.
    const grown = <A extends Int32Array | Uint8Array>(a: A, empty: new (n: number) => A): A => {
      const bigger = new empty(a.length * 2);
      bigger.set(a);
      return bigger;
    };
    this.starts = grown(this.starts, Int32Array);
    this.ends = grown(this.ends, Int32Array);
    this.quoted = grown(this.quoted, Uint8Array);
  }
}

function scanRows(
  text: string,
  delimiter: Delimiter,
  onRow: (row: RowView) => unknown,
  from?: RowPosition,
): void {
  const whitespace = delimiter === 'whitespace';
  const sep = whitespace ? -1 : delimiter.charCodeAt(0);
  const isSeparator = (c: number) => (whitespace ? c === SPACE || c === TAB : c === sep);
  const length = text.length;
  const endOfCell = (from: number) => {
    let q = from;
    for (; q < length; q++) {
      const c = text.charCodeAt(q);
      if (isSeparator(c) || c === LF || c === CR) break;
    }
    return q;
  };
  const row = new DelimitedRow(text);
  let p = from?.start ?? 0;
  let line = from?.line ?? 1;
  while (p < length) {
    row.size = 0;
    row.line = line;
    row.start = p;
    let blank = true;
    if (whitespace) while (p < length && isSeparator(text.charCodeAt(p))) p++;
    // One cell per iteration; p is at the first character of the cell.
    for (;;) {
      let c = p < length ? text.charCodeAt(p) : LF;
      if (c === QUOTE) {
        const cellStart = p + 1;
        p = cellStart;
        for (;;) {
          const close = text.indexOf('"', p);
          if (close < 0) {
            p = length;
            break;
          }
          if (text.charCodeAt(close + 1) === QUOTE) p = close + 2;
          else {
            p = close + 1;
            break;
          }
        }
        const cellEnd = Math.max(cellStart, p - 1);
        for (let i = cellStart; i < cellEnd; i++) if (text.charCodeAt(i) === LF) line++;
        row.push(cellStart, cellEnd, true);
        if (cellEnd > cellStart) blank = false;
        // Anything between the closing quote and the delimiter is dropped, as spreadsheets do.
        p = endOfCell(p);
      } else {
        const cellStart = p;
        p = endOfCell(p);
        if (p > cellStart) blank = false;
        row.push(cellStart, p, false);
      }
      c = p < length ? text.charCodeAt(p) : LF;
      if (isSeparator(c)) {
        p++;
        if (whitespace) {
          while (p < length && isSeparator(text.charCodeAt(p))) p++;
          const next = p < length ? text.charCodeAt(p) : LF;
          if (next === LF || next === CR) break; // trailing spaces end the row
        }
        continue;
      }
      break;
    }
    row.end = p;
    if (text.charCodeAt(p) === CR) p++;
    if (text.charCodeAt(p) === LF) p++;
    line++;
    // Rows of empty cells (";;;" left by spreadsheets) are skipped like blank lines.
    if (!blank && onRow(row) === false) return;
  }
}
