import { z } from '@hono/zod-openapi';
import type { ExportLocale, ExportTable } from '../../use-cases/exports/columns.ts';
import { writeCsv } from '../../use-cases/exports/write-csv.ts';
import { writeXlsx } from '../../use-cases/exports/write-xlsx.ts';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export type TableFileFormat = 'csv' | 'xlsx';

/** The OpenAPI content of a table sent as a file: CSV or XLSX, chosen by `format`. */
export const TABLE_FILE_CONTENT = {
  'text/csv': { schema: z.string() },
  [XLSX_TYPE]: { schema: z.string().openapi({ format: 'binary' }) },
} as const;

/**
 * A table as a download: CSV made for the locale's spreadsheet, or XLSX with real number and
 * date cells; never cached (it holds the shop's data). `baseName` is the file name without its
 * extension.
 */
export function tableFileResponse(
  table: ExportTable,
  format: TableFileFormat,
  locale: ExportLocale,
  baseName: string,
): Response {
  const body = format === 'xlsx' ? writeXlsx(table, locale) : writeCsv(table, locale);
  return new Response(body, {
    status: 200,
    headers: {
      'content-type': format === 'xlsx' ? XLSX_TYPE : 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${baseName}.${format}"`,
      'cache-control': 'no-store',
    },
  });
}
