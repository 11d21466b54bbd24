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
