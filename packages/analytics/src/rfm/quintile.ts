import {
  PACKED_INDICES,
  PACKED_VALUES,
  packedIndex,
  packedValue,
  packWithIndex,
} from '../math/index-packing.ts';

/**
 * Mid-ranks ("average ranks", 0-based): for each value, the number of values strictly below it
 * plus half the number of *other* values equal to it. Equal values get equal ranks, and the rank
 * depends only on the multiset of values, never on their order in the input.
 *
 * @example
 * midRanks([10, 20, 20, 30]); // [0, 1.5, 1.5, 3]
 */
export function midRanks(values: ArrayLike<number>): number[] {
  // Sorted by the typed array's own numeric sort (no comparator call per comparison); then each
  // value's group of equals is found by binary search: the group [below, upToIt) has mid-rank
  // (below + upToIt − 1) / 2. NaN has no order: such a list keeps the comparison sort.
  const packed = midRanksOfIntegers(values);
  if (packed) return packed;
  const sorted = Float64Array.from(values);
  if (sorted.some(Number.isNaN)) return midRanksOfUnordered(values);
  sorted.sort();
  return Array.from(
    values,
    (value) => (countBelow(sorted, value, false) + countBelow(sorted, value, true) - 1) / 2,
  );
}

/**
 * Integers below 2³² in magnitude, fewer than 2²¹ of them (days, counts, cents): when they span
 * few values (purchase counts, days), counted per value, no sort at all; otherwise each packed
 * with its index into one exact double ({@link packWithIndex}), so that one numeric sort orders
 * the values and carries their positions; equal values are then neighbours. Null otherwise.
 */
function midRanksOfIntegers(values: ArrayLike<number>): number[] | null {
  const n = values.length;
  if (n >= PACKED_INDICES) return null;
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < n; i++) {
    const v = values[i]!;
    if (!Number.isInteger(v) || Math.abs(v) >= PACKED_VALUES) return null;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  if (n > 0 && max - min <= COUNTED_SPAN_PER_VALUE * n) return midRanksByCounts(values, min, max);
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) keys[i] = packWithIndex(values[i]!, i);
  keys.sort();
  const ranks = new Array<number>(n);
  let start = 0;
  while (start < n) {
    const value = packedValue(keys[start]!);
    let end = start + 1;
    while (end < n && packedValue(keys[end]!) === value) end++;
    const rank = (start + end - 1) / 2;
    for (let k = start; k < end; k++) ranks[packedIndex(keys[k]!)] = rank;
    start = end;
  }
  return ranks;
}

/** Integers counted per value when they span at most this many values per value ranked. */
const COUNTED_SPAN_PER_VALUE = 4;

/**
 * Mid-ranks of integers in [min, max] by counting: the values below a value are the counts of the
 * smaller ones added up, so its group of equals is [below, below + count), as in the sorted list.
 */
function midRanksByCounts(values: ArrayLike<number>, min: number, max: number): number[] {
  const counts = new Int32Array(max - min + 1);
  for (let i = 0; i < values.length; i++) counts[values[i]! - min]!++;
  const rankOf = new Float64Array(counts.length);
  let start = 0;
  for (let k = 0; k < counts.length; k++) {
    const end = start + counts[k]!;
    rankOf[k] = (start + end - 1) / 2;
    start = end;
  }
  const ranks = new Array<number>(values.length);
  for (let i = 0; i < values.length; i++) ranks[i] = rankOf[values[i]! - min]!;
  return ranks;
}

/** How many values of `sorted` are below `value` (or equal to it too, with `orEqual`). */
function countBelow(sorted: Float64Array, value: number, orEqual: boolean): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (sorted[mid]! < value || (orEqual && sorted[mid] === value)) low = mid + 1;
    else high = mid;
  }
  return low;
}

function midRanksOfUnordered(values: ArrayLike<number>): number[] {
  const order = Array.from(values, (value, index) => ({ value, index })).sort(
    (a, b) => a.value - b.value,
  );
  const ranks = new Array<number>(values.length);
  let groupStart = 0;
  while (groupStart < order.length) {
    let groupEnd = groupStart;
    while (groupEnd + 1 < order.length && order[groupEnd + 1]!.value === order[groupStart]!.value) {
      groupEnd += 1;
    }
    const rank = (groupStart + groupEnd) / 2;
    for (let i = groupStart; i <= groupEnd; i += 1) ranks[order[i]!.index] = rank;
    groupStart = groupEnd + 1;
  }
  return ranks;
}

/** A score from 1 (worst) to 5 (best). */
export type Score = 1 | 2 | 3 | 4 | 5;

/**
 * Rank-based quintile scores, higher value = higher score: score = 1 + ⌊5 × (midRank + ½) / n⌋,
 * i.e. the quintile of the customer's mid-point percentile. With distinct values each fifth of the
 * customers gets one score; tied values share the score of their mid-rank, so a tie never splits
 * across two scores, and the mapping is symmetric: an all-equal column scores 3, not 1.
 *
 * @example
 * quintileScores([1, 2, 3, 4, 5]); // [1, 2, 3, 4, 5]
 * quintileScores([7, 7, 7]); // [3, 3, 3]
 */
export function quintileScores(values: ArrayLike<number>): Score[] {
  const n = values.length;
  return midRanks(values).map((rank) => (1 + Math.floor((5 * (rank + 0.5)) / n)) as Score);
}
