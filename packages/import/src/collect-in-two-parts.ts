import {
  type CollectedPart,
  CollectedRows,
  type CollectedTransactions,
  type CollectionPlan,
  type CollectOptions,
  finishCollection,
  planCollection,
  readRows,
} from './collect-transactions.ts';
import { delimitedTable } from './delimited-table.ts';
import type { Delimiter } from './sniff-delimiter.ts';
import type { Table, TableFormat } from './table.ts';

/**
 * Text files from which the second half is read by another thread: about 150,000 rows. Below,
 * reading the whole file takes less than starting a thread.
 */
export const TWO_PARTS_FROM_CHARS = 4_000_000;

/** The second part of a text file, from the start of one of its rows to its end. */
export interface TextPartJob {
  text: string;
  format: TableFormat;
  plan: CollectionPlan;
}

/** A part being read elsewhere (a worker thread): its rows, or a way to stop it. */
export interface PartReading {
  /** Rejects when the reading fails: the part is then read here. */
  result: Promise<CollectedPart>;
  stop: () => void;
}

/**
 * Reads a part of a text file on its own, lines and positions counted from its first row, its
 * customers indexed in order of first appearance within it: what a worker thread does.
 */
export function readTextPart(job: TextPartJob): CollectedPart {
  const { text, format, plan } = job;
  const delimiter: Delimiter =
    format.kind === 'whitespace' ? 'whitespace' : (format.delimiter as Delimiter);
  const part = new CollectedRows(text);
  readRows(delimitedTable(text, delimiter, format), plan, part, { skip: 0 });
  return part.toPart();
}

/**
 * {@link collectTransactions} with a big text file read in two halves at once: this thread reads
 * the first, `readElsewhere` (a worker thread running {@link readTextPart}) the second, from the
 * first line break after the middle. The result is the one reading's: the second half's lines,
 * positions and customer indices are shifted to follow the first's, and its skipped rows counted
 * after. The halves join only if this thread's reading stops exactly at the split, at the start
 * of a row (not inside a quoted cell that spans lines, not on a blank line): otherwise, or when
 * the other thread fails, this thread reads on to the end of the file, as one reader would.
 */
export async function collectTransactionsInTwoParts(
  table: Table,
  options: CollectOptions,
  readElsewhere: (job: TextPartJob) => PartReading,
  fromChars = TWO_PARTS_FROM_CHARS,
): Promise<CollectedTransactions> {
  const plan = planCollection(table, options);
  const part = new CollectedRows(table.source);
  const text = table.source;
  const split =
    text === undefined || table.format.kind === 'xlsx' || text.length < fromChars
      ? -1
      : rowStartAfter(text, Math.max(plan.sampleEnd, text.length >> 1));
  const onProgress = options.onProgress;
  if (split < 0) {
    readRows(table, plan, part, { skip: plan.firstData, onProgress });
    return finishCollection(table, plan, part, options);
  }
  const second = readElsewhere({ text: text!.slice(split), format: table.format, plan });
  second.result.catch(() => {});
  // Both halves are read at the same pace: this one's share stands for the whole.
  const share = table.size / split;
  const stopped = readRows(table, plan, part, {
    skip: plan.firstData,
    end: split,
    ...(onProgress ? { onProgress: (f: number) => onProgress(Math.min(1, f * share)) } : {}),
  });
  let next = null;
  if (stopped !== null && stopped.start === split) {
    next = await second.result.catch(() => null);
  } else second.stop();
  if (next !== null) part.append(next, stopped!.line - 1, split);
  else if (stopped !== null) readRows(table, plan, part, { skip: 0, from: stopped });
  return finishCollection(table, plan, part, options);
}

/** The position after the first line feed at or after `at`, or −1 when the text ends first. */
function rowStartAfter(text: string, at: number): number {
  const lf = text.indexOf('\n', at);
  return lf < 0 || lf + 1 >= text.length ? -1 : lf + 1;
}
