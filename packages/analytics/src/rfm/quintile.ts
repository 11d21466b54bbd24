/**
 * Mid-ranks ("average ranks", 0-based): for each value, the number of values strictly below it
 * plus half the number of *other* values equal to it. Equal values get equal ranks, and the rank
 * depends only on the multiset of values, never on their order in the input.
 *
 * @example
 * midRanks([10, 20, 20, 30]); // [0, 1.5, 1.5, 3]
 */
export function midRanks(values: readonly number[]): number[] {
  const order = values.map((value, index) => ({ value, index })).sort((a, b) => a.value - b.value);
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
export function quintileScores(values: readonly number[]): Score[] {
  const n = values.length;
  return midRanks(values).map((rank) => (1 + Math.floor((5 * (rank + 0.5)) / n)) as Score);
}
