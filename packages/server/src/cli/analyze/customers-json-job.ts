import type { CustomerColumns } from './customer-columns.ts';
import { chunkCount, chunkPiece } from './customers-json.ts';
import { answerJobs, type HelperThread } from './helper-thread.ts';
import { MAX_SHARED_CHUNKS, TwoEndedClaims } from './two-ended-claims.ts';

const TASK = 'customers-json';

interface ListJob {
  columns: CustomerColumns;
  /** The {@link TwoEndedClaims} state, in shared memory. */
  state: Int32Array;
  chunks: number;
}

/**
 * What the helper laid out: the last `claims.takenFromBack()` chunks, in the list's order, each
 * in UTF-8 (as they are written, separated as every chunk is), or null if it failed.
 */
export interface BackOfList {
  claims: TwoEndedClaims;
  text: Promise<Uint8Array[] | null>;
}

/**
 * Has the helper thread lay out the customer list from its end while this thread lays it out
 * from its start ({@link TwoEndedClaims}): on two cores the list — the last part of `--json`,
 * when every other job is done — takes about half the time, however busy either thread is when
 * it starts. The columns are copied there as typed arrays and strings; its text comes back as
 * UTF-8 bytes in transferred buffers, ready to write: copying 38 MB of text back as a string
 * took about 0.1 s, the last thing the command waited for. Each chunk is encoded as soon as it
 * is laid out: joined and encoded at the end, the helper's 38 MB took ≈ 75 ms more after the
 * list's last claim, while this thread, done with its part, waited.
 * Null when the list is one chunk, or too many chunks to share.
 */
export function layOutBackInHelper(
  columns: CustomerColumns,
  helper: HelperThread,
): BackOfList | null {
  const chunks = chunkCount(columns);
  if (chunks < 2 || chunks > MAX_SHARED_CHUNKS) return null;
  const claims = TwoEndedClaims.create(chunks);
  const job: ListJob = { columns, state: claims.state, chunks };
  const text = helper.run<ListJob, Uint8Array[]>(TASK, job).catch(() => null);
  return { claims, text };
}

/**
 * The helper's side: takes chunks from the back of the list (at most `limit`, as long as there
 * are any) and lays them out, each in UTF-8, returned in the list's order.
 */
export function layOutFromBack(
  columns: CustomerColumns,
  claims: TwoEndedClaims,
  limit = Number.POSITIVE_INFINITY,
): Uint8Array[] {
  const encoder = new TextEncoder();
  const pieces: Uint8Array[] = [];
  while (pieces.length < limit) {
    const k = claims.back();
    if (k < 0) break;
    pieces.push(encoder.encode(chunkPiece(columns, k)));
  }
  return pieces.reverse();
}

answerJobs(TASK, ({ columns, state, chunks }: ListJob) => {
  const pieces = layOutFromBack(columns, TwoEndedClaims.of(state, chunks));
  return { result: pieces, transfer: pieces.map((piece) => piece.buffer as ArrayBuffer) };
});
