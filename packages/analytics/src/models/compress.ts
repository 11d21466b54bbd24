import { firstIdenticalRow } from './row-hash.ts';
import type { Numbers, RepeatPurchaseData } from './types.ts';

/** Distinct rows of some numeric columns, with how many input rows (or how much weight) each has. */
export interface CompressedRows {
  columns: Float64Array[];
  weights: Float64Array;
}

/**
 * Merges identical rows across `columns`, summing their weights; rows with zero weight are
 * dropped. Fitting on the merged rows gives the same likelihood with far fewer terms.
 *
 * @example
 * compressRows([[1, 1, 0], [5, 5, 0]]); // columns [[1, 0], [5, 0]], weights [2, 1]
 */
export function compressRows(columns: Numbers[], weights?: Numbers): CompressedRows {
  const n = columns[0]?.length ?? 0;
  const first = firstIdenticalRow(columns, n);
  const outputRow = new Int32Array(n).fill(-1);
  const firstRows: number[] = [];
  const summed: number[] = [];
  for (let i = 0; i < n; i++) {
    const w = weights ? weights[i]! : 1;
    if (w === 0) continue;
    const representative = first[i]!;
    if (outputRow[representative] === -1) {
      outputRow[representative] = firstRows.length;
      firstRows.push(i);
      summed.push(0);
    }
    summed[outputRow[representative]!]! += w;
  }
  return {
    columns: columns.map((column) => {
      const values = new Float64Array(firstRows.length);
      for (let k = 0; k < firstRows.length; k++) values[k] = column[firstRows[k]!]!;
      return values;
    }),
    weights: Float64Array.from(summed),
  };
}

/** {@link RepeatPurchaseData} with every column materialised and weights always present. */
export interface CompressedRepeatPurchases {
  frequency: Float64Array;
  recency: Float64Array;
  T: Float64Array;
  weights: Float64Array;
}

/**
 * Merges customers with identical (frequency, recency, T) into weighted rows. Customers with
 * T = 0 and no repeat purchase (no purchase yet, or a first purchase on the last day) carry no
 * information for any of the count models and are left out.
 *
 * @example
 * compressRepeatPurchases({ frequency: [0, 0, 2], recency: [0, 0, 30.4], T: [38.9, 38.9, 38.9] });
 * // { frequency: [0, 2], recency: [0, 30.4], T: [38.9, 38.9], weights: [2, 1] }
 */
export function compressRepeatPurchases(data: RepeatPurchaseData): CompressedRepeatPurchases {
  const { frequency, recency, T } = data;
  const weights = new Float64Array(T.length);
  for (let i = 0; i < T.length; i++) {
    const informative = T[i]! > 0 || frequency[i]! > 0;
    weights[i] = informative ? (data.weights ? data.weights[i]! : 1) : 0;
  }
  const { columns, weights: merged } = compressRows([frequency, recency, T], weights);
  return { frequency: columns[0]!, recency: columns[1]!, T: columns[2]!, weights: merged };
}

/** Rows a thinned sample keeps: enough for the optimum within a few standard errors. */
const THINNED_ROWS = 5_000;

/**
 * Every k-th row with k times its weight, for k = ⌊rows / 5,000⌋, or null below 4 (20,000 rows):
 * a weighted sample whose likelihood has the full data's scale, so its optimum and curvature
 * start the full fit a few steps from the end (see `LogParameterProblem.coarse`). The rows come
 * in the order their customers do, not sorted by any figure.
 *
 * @example
 * thinnedRows(compressRows([frequency, spend]))?.weights.length; // ≈ 5,000 of 115,000
 */
export function thinnedRows(rows: CompressedRows): CompressedRows | null {
  const n = rows.weights.length;
  const k = Math.floor(n / THINNED_ROWS);
  if (k < 4) return null;
  const every = (column: Float64Array, scale: number) => {
    const out = new Float64Array(Math.ceil(n / k));
    for (let i = 0, j = 0; i < n; i += k, j++) out[j] = column[i]! * scale;
    return out;
  };
  return { columns: rows.columns.map((c) => every(c, 1)), weights: every(rows.weights, k) };
}

/** {@link thinnedRows} of repeat-purchase histories. */
export function thinnedRepeatPurchases(
  data: CompressedRepeatPurchases,
): CompressedRepeatPurchases | null {
  const thinned = thinnedRows({
    columns: [data.frequency, data.recency, data.T],
    weights: data.weights,
  });
  if (!thinned) return null;
  const [frequency, recency, T] = thinned.columns as [Float64Array, Float64Array, Float64Array];
  return { frequency, recency, T, weights: thinned.weights };
}
