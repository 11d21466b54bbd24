import type { Cell, Table } from '../table.ts';
import type { ImportFile, RowProblem } from './read-import-file.ts';
import { type ImportRow, readImportRow } from './read-import-row.ts';

/** A row of the file as the import will store it, with what the report says about it. */
export interface PreviewRow {
  line: number;
  /** The row typed; null when the mapping cannot be used. */
  row: ImportRow | null;
  /** The row's problems: a row with any is left out whole. */
  problems: Pick<RowProblem, 'field' | 'problem'>[];
  /** The cells as written, for showing next to the typed values. */
  cells: string[];
}

/**
 * The first `count` data rows below the header, each typed with the file's mapping and
 * formats, with the problems `readImportFile` found on that line: what the owner checks
 * before importing.
 *
 * @example previewRows(table, readImportFile(table, { maps: [], headerLine: null }), 20)
 */
export function previewRows(table: Table, file: ImportFile, count: number): PreviewRow[] {
  const rows: PreviewRow[] = [];
  if (file.headerLine === null) return rows;
  const headerLine = file.headerLine;
  table.forEachRow((view) => {
    if (view.line <= headerLine) return true;
    const cells = Array.from({ length: view.size }, (_, i) => view.cell(i));
    const cell = (index: number): Cell => cells[index] ?? null;
    const row = file.formats === null ? null : readImportRow(cell, file.mapping, file.formats).row;
    const problems = file.rowProblems
      .filter((p) => p.line === view.line)
      .map(({ field, problem }) => ({ field, problem }));
    rows.push({ line: view.line, row, problems, cells: cells.map(cellText) });
    return rows.length < count;
  });
  return rows;
}

function cellText(cell: Cell): string {
  if (cell === null) return '';
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  return String(cell);
}
