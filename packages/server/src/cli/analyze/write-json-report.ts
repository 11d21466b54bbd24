import type { AnalysisReport } from './analysis-report.ts';
import type { CustomerColumns } from './customer-columns.ts';
import { CUSTOMER_SEPARATOR, chunkCount, chunkPiece } from './customers-json.ts';
import { layOutBackInHelper } from './customers-json-job.ts';
import type { HelperThread } from './helper-thread.ts';

/**
 * Writes the `--json` document piece by piece — summary and models indented, then one line per
 * customer — so that the 78 MB document of a million rows never exists as one string. With a
 * helper thread, the customer list is laid out from its end there while this thread computes
 * `rest` and lays it out from its start; if the helper fails, this thread writes its part too.
 */
export async function writeJsonReport(
  out: NodeJS.WritableStream,
  rest: () => Omit<AnalysisReport, 'customers'>,
  columns: CustomerColumns,
  helper: HelperThread | null,
): Promise<void> {
  // Given first: the helper starts on the list while this thread computes the summary.
  const back = helper ? layOutBackInHelper(columns, helper) : null;
  const head = JSON.stringify(rest(), null, 2).slice(0, -2); // without the closing "\n}"
  const n = columns.ids.length;
  if (n === 0) {
    out.write(`${head},\n  "customers": []\n}\n`);
    return;
  }
  out.write(`${head},\n  "customers": [\n    `);
  const chunks = chunkCount(columns);
  const separated = (k: number, text: string) => (k === 0 ? text : CUSTOMER_SEPARATOR + text);
  const writeChunks = (from: number, to: number) => {
    for (let k = from; k < to; k++) out.write(separated(k, chunkPiece(columns, k)));
  };
  if (!back) writeChunks(0, chunks);
  else {
    const { claims } = back;
    for (let k = claims.front(); k >= 0; k = claims.front()) writeChunks(k, k + 1);
    const first = chunks - claims.takenFromBack();
    const bytes = first < chunks ? await back.text : null;
    if (bytes !== null) {
      if (first > 0) out.write(CUSTOMER_SEPARATOR);
      out.write(bytes);
    } else writeChunks(first, chunks); // none taken, or the helper failed
  }
  out.write('\n  ]\n}\n');
}
