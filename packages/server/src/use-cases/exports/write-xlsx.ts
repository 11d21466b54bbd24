import { once } from 'node:events';
import { PassThrough, Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { wallTime } from '../../jobs/zoned-time.ts';
import type { Cell, ExportColumn, ExportLocale, ExportTable } from './columns.ts';

const NUMBER_FORMAT: Record<ExportColumn['kind'], string | undefined> = {
  text: '@',
  integer: '0',
  cents: '#,##0.00',
  date: 'dd/mm/yyyy',
  datetime: 'dd/mm/yyyy hh:mm',
};

/**
 * A spreadsheet has no time zones: a date cell holds the wall-clock reading, which exceljs
 * writes from the UTC fields of a Date. So the shop-local reading is put in those fields.
 */
function localDateCell(at: Date, timeZone: string): Date {
  const w = wallTime(at, timeZone);
  return new Date(Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute));
}

function xlsxCell(value: Cell, kind: ExportColumn['kind'], timeZone: string) {
  if (value === null || value === undefined) return null;
  switch (kind) {
    case 'text':
      // A string cell is never evaluated as a formula in a workbook: no escaping needed.
      return String(value);
    case 'integer':
      return Math.trunc(Number(value));
    case 'cents':
      return Math.trunc(Number(value)) / 100;
    case 'date':
    case 'datetime':
      return localDateCell(value instanceof Date ? value : new Date(value), timeZone);
  }
}

/**
 * The table as an XLSX workbook stream: one sheet, real number and date cells. Rows are
 * committed one by one and the writer waits while the client has not taken what was written.
 */
export function writeXlsx(table: ExportTable, locale: ExportLocale): ReadableStream<Uint8Array> {
  const out = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true });
  const sheet = workbook.addWorksheet(table.name);
  sheet.columns = table.columns.map((c) => ({
    header: c.label[locale],
    key: c.key,
    width: c.kind === 'text' ? 24 : 14,
    style: { numFmt: NUMBER_FORMAT[c.kind] },
  }));
  void (async () => {
    try {
      for await (const row of table.rows) {
        const values: Record<string, unknown> = {};
        for (const c of table.columns) values[c.key] = xlsxCell(row[c.key], c.kind, table.timeZone);
        sheet.addRow(values).commit();
        if (out.destroyed) return; // the client went away
        if (out.writableNeedDrain) await Promise.race([once(out, 'drain'), once(out, 'close')]);
      }
      sheet.commit();
      await workbook.commit();
    } catch (error) {
      out.destroy(error as Error);
    }
  })();
  return Readable.toWeb(out) as ReadableStream<Uint8Array>;
}
