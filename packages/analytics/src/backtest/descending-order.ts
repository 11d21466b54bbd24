/**
 * The indices of `values` from the highest value to the lowest, equal values in index order:
 * what `sort((a, b) => values[b] − values[a] || a − b)` gives, by one numeric sort of a typed
 * array (no comparator call per comparison), each value's rank among the distinct values found
 * by binary search, and a counting sort by rank. Values that are not all finite take the
 * comparator sort.
 *
 * @example
 * descendingOrder([1, 3, 1, 2]); // [1, 3, 0, 2]
 */
export function descendingOrder(values: ArrayLike<number>): Int32Array {
  const n = values.length;
  const sorted = Float64Array.from(values);
  if (!sorted.every(Number.isFinite)) {
    return Int32Array.from(
      Array.from({ length: n }, (_, i) => i).sort((a, b) => values[b]! - values[a]! || a - b),
    );
  }
  sorted.sort();
  // Distinct values, highest first: a value's rank is its position here.
  const distinct: number[] = [];
  for (let k = n - 1; k >= 0; k--)
    if (k === n - 1 || sorted[k] !== sorted[k + 1]) distinct.push(sorted[k]!);
  // A counting sort by rank: indices placed in increasing order keep equal values in it.
  const rank = new Int32Array(n);
  const starts = new Int32Array(distinct.length + 1);
  for (let i = 0; i < n; i++) {
    rank[i] = rankOf(distinct, values[i]!);
    starts[rank[i]! + 1]!++;
  }
  for (let r = 0; r < distinct.length; r++) starts[r + 1]! += starts[r]!;
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[starts[rank[i]!]!++] = i;
  return order;
}

/** The position of `value` in `distinct` (descending, every value present). */
function rankOf(distinct: readonly number[], value: number): number {
  let low = 0;
  let high = distinct.length - 1;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (distinct[mid]! > value) low = mid + 1;
    else high = mid;
  }
  return low;
}
