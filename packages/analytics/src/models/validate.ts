import type { Numbers, RepeatPurchaseData } from './types.ts';

/**
 * Checks the shape and ranges of repeat-purchase data; returns a message naming the first bad
 * row, or undefined when the data are usable. Frequencies need not be integers (the models are
 * defined for real x), but must be ≥ 0, with 0 ≤ recency ≤ T.
 */
export function describeInvalidRepeatPurchases(data: RepeatPurchaseData): string | undefined {
  const { frequency, recency, T, weights } = data;
  const n = T.length;
  if (frequency.length !== n || recency.length !== n || (weights && weights.length !== n)) {
    return `columns differ in length: frequency ${frequency.length}, recency ${recency.length}, T ${n}${weights ? `, weights ${weights.length}` : ''}`;
  }
  for (let i = 0; i < n; i++) {
    const x = frequency[i]!;
    const tx = recency[i]!;
    const t = T[i]!;
    const w = weights ? weights[i]! : 1;
    if (!(x >= 0 && Number.isFinite(x)))
      return `row ${i}: frequency ${x} is not a finite number ≥ 0`;
    if (!(t >= 0 && Number.isFinite(t))) return `row ${i}: T ${t} is not a finite number ≥ 0`;
    if (!(tx >= 0 && tx <= t)) return `row ${i}: recency ${tx} is not within [0, T = ${t}]`;
    if (x > 0 && tx === 0) return `row ${i}: ${x} repeat purchases but recency 0`;
    if (!(w >= 0 && Number.isFinite(w))) return `row ${i}: weight ${w} is not a finite number ≥ 0`;
  }
  return undefined;
}

/** Total weight of the rows where `column` is positive. */
export function weightWherePositive(column: Numbers, weights: Numbers): number {
  let total = 0;
  for (let i = 0; i < column.length; i++) if (column[i]! > 0) total += weights[i]!;
  return total;
}
