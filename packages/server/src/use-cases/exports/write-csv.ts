import type { ExportLocale, ExportTable } from './columns.ts';
import { BOM, csvHeader, csvLine } from './csv.ts';

/** Lines per chunk sent: large enough to keep the stream cheap, small enough to start at once. */
const LINES_PER_CHUNK = 200;

/**
 * The table as a CSV byte stream (UTF-8 with BOM), produced as the client reads it: rows are
 * pulled from the table only when the previous chunk has been taken.
 */
export function writeCsv(table: ExportTable, locale: ExportLocale): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const rows = table.rows[Symbol.asyncIterator]();
  let started = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      let text = '';
      if (!started) {
        started = true;
        text = BOM + csvHeader(table.columns, locale);
      }
      for (let n = 0; n < LINES_PER_CHUNK; n++) {
        const next = await rows.next();
        if (next.done) {
          if (text) controller.enqueue(encoder.encode(text));
          controller.close();
          return;
        }
        text += csvLine(table.columns, next.value, locale, table.timeZone);
      }
      controller.enqueue(encoder.encode(text));
    },
    async cancel() {
      await rows.return?.();
    },
  });
}
