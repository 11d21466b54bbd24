import type ExcelJS from 'exceljs';
import type { Cell, RowView, Table } from './table.ts';

/**
 * The first non-empty worksheet of an XLSX workbook as a table. Loaded whole: Excel stops at
 * about a million rows, which fits in memory. Dates come back as `Date` (exceljs converts cells
 * formatted as dates) or as serial numbers (cells that are not), and both are understood later.
 */
export async function readXlsxTable(bytes: Uint8Array): Promise<Table> {
  // Imported here, not at the top: a bundle of the command (bin/prebuilt-command.js) would load
  // exceljs (~0.4 s) at every start, CSV files included.
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  const sheet = workbook.worksheets.find((s) => s.actualRowCount > 0) ?? workbook.worksheets[0];
  const rows: { line: number; cells: Cell[] }[] = [];
  sheet?.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    // row.values is 1-based (index 0 is empty).
    const values = Array.isArray(row.values) ? row.values.slice(1) : [];
    const cells = Array.from(values, toCell);
    if (cells.some((c) => c !== null && c !== '')) rows.push({ line: rowNumber, cells });
  });
  const keys = rows.map((r) => JSON.stringify(r.cells));
  return {
    format: { kind: 'xlsx', sheet: sheet?.name ?? '' },
    size: rows.length,
    forEachRow(onRow, from) {
      const view: RowView & { cells: Cell[] } = {
        line: 0,
        start: 0,
        end: 0,
        size: 0,
        cells: [],
        cell(index) {
          return this.cells[index] ?? null;
        },
      };
      for (let i = from?.start ?? 0; i < rows.length; i++) {
        const row = rows[i]!;
        view.line = row.line;
        view.start = i;
        view.end = i + 1;
        view.cells = row.cells;
        view.size = row.cells.length;
        if (onRow(view) === false) return;
      }
    },
    rawRow: (start) => keys[start] ?? '',
  };
}

/** Formula results, rich text and hyperlinks → their plain value. */
function toCell(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object' || value instanceof Date) return value;
  if ('result' in value) return toCell(value.result as ExcelJS.CellValue);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('text' in value) return String(value.text);
  return null; // error values (#N/A, #DIV/0!…)
}
