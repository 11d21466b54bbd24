import type { AnalysisReport } from './analysis-report.ts';
import { type CustomerColumns, sliceColumns } from './customer-columns.ts';
import { CUSTOMER_SEPARATOR, customersJson } from './customers-json.ts';
import type { CustomersJsonWriter } from './customers-json-worker.ts';

/**
 * Writes the `--json` document piece by piece — summary and models indented, then one line per
 * customer — so that the 78 MB document of a million rows never exists as one string. With a
 * writer, the second half of the customer list is laid out in its worker thread while this one
 * lays out the first; if the worker fails, this thread writes that half too.
 */
export async function writeJsonReport(
  out: NodeJS.WritableStream,
  rest: Omit<AnalysisReport, 'customers'>,
  columns: CustomerColumns,
  writer: CustomersJsonWriter | null,
): Promise<void> {
  const head = JSON.stringify(rest, null, 2).slice(0, -2); // without the closing "\n}"
  const n = columns.ids.length;
  if (n === 0) {
    out.write(`${head},\n  "customers": []\n}\n`);
    return;
  }
  const middle = writer ? Math.ceil(n / 2) : n;
  const second =
    writer && middle < n
      ? writer.write(sliceColumns(columns, middle, n)).catch(() => null)
      : Promise.resolve(null);
  out.write(`${head},\n  "customers": [\n    `);
  for (const piece of customersJson(columns, 0, middle)) out.write(piece);
  if (middle < n) {
    const text = await second;
    out.write(CUSTOMER_SEPARATOR);
    if (text !== null) out.write(text);
    else for (const piece of customersJson(columns, middle, n)) out.write(piece);
  }
  out.write('\n  ]\n}\n');
}
