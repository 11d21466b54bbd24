/** The distinct values of a column and, for each row, the position of its value among them. */
export interface DistinctValues {
  values: Float64Array;
  /** Total row weight per distinct value. */
  weights: Float64Array;
  index: Int32Array;
}

/**
 * Groups a column by value. Likelihood terms that depend on one column only (ln Γ(r + x) on
 * the frequency, ln(α + T) on T) are then computed once per distinct value, not once per row.
 */
export function distinctValues(column: Float64Array, rowWeights: Float64Array): DistinctValues {
  const positionOf = new Map<number, number>();
  const values: number[] = [];
  const weights: number[] = [];
  const index = new Int32Array(column.length);
  for (let i = 0; i < column.length; i++) {
    const value = column[i]!;
    let position = positionOf.get(value);
    if (position === undefined) {
      position = values.length;
      positionOf.set(value, position);
      values.push(value);
      weights.push(0);
    }
    weights[position]! += rowWeights[i]!;
    index[i] = position;
  }
  return { values: Float64Array.from(values), weights: Float64Array.from(weights), index };
}
