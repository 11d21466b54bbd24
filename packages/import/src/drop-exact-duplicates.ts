import { sortByCustomerAndDay } from '@habitue/analytics';
import type { GrowableColumns } from './growable-columns.ts';
import type { SkippedRows } from './skipped-rows.ts';

/** Above this many rows for one customer on one day, compare through a Set instead of pairwise. */
const PAIRWISE_LIMIT = 8;

/**
 * Marks rows that repeat an earlier row character for character (an export run twice, a
 * copy-paste), keeping the first. Exact duplicates can only share a customer and a day, so the
 * rows are grouped by (customer, day) with the linear radix sort and compared within each group
 * only: a Set over a million lines costs close to a second, the groups cost milliseconds.
 *
 * @returns keep[i] = 1 for rows to keep, 0 for duplicates (added to `skipped`), and the rows
 * in (customer, day) order, so that the caller can hand them over sorted.
 */
export function dropExactDuplicates(
  rows: GrowableColumns,
  rawRow: (start: number, end: number) => string,
  customerCount: number,
  skipped: SkippedRows,
): { keep: Uint8Array; order: Int32Array } {
  const n = rows.length;
  const keep = new Uint8Array(n).fill(1);
  const sorted = sortByCustomerAndDay({
    customer: rows.customer.subarray(0, n),
    day: rows.day.subarray(0, n),
    amountCents: rows.amountCents.subarray(0, n),
    customerCount,
  });
  const order = sorted.row;
  const raw = (row: number) => rawRow(rows.rawStart[row]!, rows.rawEnd[row]!);
  const duplicateLines: number[] = [];
  let groupStart = 0;
  // Whether an earlier row of the current group has the same amount (only then is the text read).
  const hasSameAmountBefore = (k: number) => {
    const amount = rows.amountCents[order[k]!];
    for (let j = groupStart; j < k; j++) if (rows.amountCents[order[j]!] === amount) return true;
    return false;
  };
  while (groupStart < n) {
    let groupEnd = groupStart + 1;
    while (
      groupEnd < n &&
      sorted.customer[groupEnd] === sorted.customer[groupStart] &&
      sorted.day[groupEnd] === sorted.day[groupStart]
    ) {
      groupEnd++;
    }
    if (groupEnd - groupStart > 1) {
      // Within a group the sort kept file order, so the first of equal rows is the one kept.
      const seen = groupEnd - groupStart > PAIRWISE_LIMIT ? new Set<string>() : null;
      for (let k = groupStart; k < groupEnd; k++) {
        const row = order[k]!;
        const text = seen || hasSameAmountBefore(k) ? raw(row) : '';
        let duplicate: boolean;
        if (seen) {
          duplicate = seen.has(text);
          seen.add(text);
        } else {
          duplicate = false;
          // Rows with different amounts differ in text: most line items of a visit stop here.
          const amount = rows.amountCents[row];
          for (let j = groupStart; j < k && !duplicate; j++) {
            const other = order[j]!;
            duplicate =
              keep[other] === 1 && rows.amountCents[other] === amount && raw(other) === text;
          }
        }
        if (duplicate) {
          keep[row] = 0;
          duplicateLines.push(rows.line[row]!);
        }
      }
    }
    groupStart = groupEnd;
  }
  // Reported in line order, so the examples are the first duplicates in the file.
  for (const line of duplicateLines.sort((a, b) => a - b)) skipped.add('duplicate', line);
  return { keep, order };
}
