/** A month of the year (0 = January) and its factor of the purchase rate. */
export interface SeasonExtreme {
  month: number;
  factor: number;
}

/**
 * The busiest and the quietest month of a shop's seasons, unless the year is flat (every month
 * within `threshold` of the yearly mean): then there is nothing worth saying.
 *
 * @example
 * seasonExtremes([1.2, 1, 1, 1, 1, 0.8, 1, 1, 1, 1, 1, 1]);
 * // { peak: { month: 0, factor: 1.2 }, trough: { month: 5, factor: 0.8 } }
 */
export function seasonExtremes(
  monthly: readonly number[],
  threshold = 0.05,
): { peak: SeasonExtreme; trough: SeasonExtreme } | null {
  if (monthly.length !== 12) return null;
  let peak = 0;
  let trough = 0;
  monthly.forEach((factor, m) => {
    if (factor > monthly[peak]!) peak = m;
    if (factor < monthly[trough]!) trough = m;
  });
  if (monthly[peak]! - 1 < threshold && 1 - monthly[trough]! < threshold) return null;
  return {
    peak: { month: peak, factor: monthly[peak]! },
    trough: { month: trough, factor: monthly[trough]! },
  };
}
