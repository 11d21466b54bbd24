import type { Transactions } from './transactions.ts';

/**
 * The order that sorts transactions by (customer, day), rows of one day keeping their input
 * order. Two stable counting sorts (least significant key first, i.e. a two-digit radix sort):
 * linear in rows + customers + day span, no comparisons and no per-row objects, which is what
 * keeps a million rows in the tens of milliseconds.
 *
 * @example
 * const order = sortByCustomerAndDay(tx); // tx.day[order[0]] is customer 0's first day
 */
export function sortByCustomerAndDay(tx: Transactions): Int32Array {
  const rows = tx.day.length;
  if (rows === 0) return new Int32Array(0);
  let minDay = tx.day[0]!;
  let maxDay = minDay;
  for (let i = 1; i < rows; i++) {
    const d = tx.day[i]!;
    if (d < minDay) minDay = d;
    else if (d > maxDay) maxDay = d;
  }
  const byDay = countingSort(rows, maxDay - minDay + 1, (i) => tx.day[i]! - minDay, null);
  return countingSort(rows, tx.customerCount, (i) => tx.customer[i]!, byDay);
}

/** Stable counting sort of `input` (or of 0…rows-1) by `key(row)` in `0 … buckets-1`. */
function countingSort(
  rows: number,
  buckets: number,
  key: (row: number) => number,
  input: Int32Array | null,
): Int32Array {
  const starts = new Int32Array(buckets + 1);
  for (let i = 0; i < rows; i++) starts[key(i) + 1]!++;
  for (let b = 0; b < buckets; b++) starts[b + 1]! += starts[b]!;
  const output = new Int32Array(rows);
  for (let k = 0; k < rows; k++) {
    const row = input === null ? k : input[k]!;
    output[starts[key(row)]!++] = row;
  }
  return output;
}
