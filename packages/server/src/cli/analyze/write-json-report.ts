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
  rest: () => Promise<Omit<AnalysisReport, 'customers'>>,
  columns: CustomerColumns,
  helper: HelperThread | null,
): Promise<void> {
  // Given first: the helper starts on the list while this thread computes the summary.
  const back = helper ? layOutBackInHelper(columns, helper) : null;
  const head = JSON.stringify(await rest(), null, 2).slice(0, -2); // without the closing "\n}"
  const n = columns.ids.length;
  if (n === 0) {
    out.write(`${head},\n  "customers": []\n}\n`);
    return;
  }
  out.write(`${head},\n  "customers": [\n    `);
  const chunks = chunkCount(columns);
  // Chunk k's text, after the separator from the chunk before it.
  const writePiece = (k: number, piece: string | Uint8Array) => {
    if (k > 0) out.write(CUSTOMER_SEPARATOR);
    out.write(piece);
  };
  const writeChunks = (from: number, to: number) => {
    for (let k = from; k < to; k++) writePiece(k, chunkPiece(columns, k));
  };
  if (!back) writeChunks(0, chunks);
  else {
    const { claims } = back;
    for (let k = claims.front(); k >= 0; k = claims.front()) writeChunks(k, k + 1);
    const first = chunks - claims.takenFromBack();
    const pieces = first < chunks ? await back.text : null;
    // None taken, or the helper failed: this thread writes them.
    if (pieces === null) writeChunks(first, chunks);
    else for (let i = 0; i < pieces.length; i++) writePiece(first + i, pieces[i]!);
  }
  out.write('\n  ]\n}\n');
}
