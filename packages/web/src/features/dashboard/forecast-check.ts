/** A month's seasonal factor, by its index (0 = January). */
export interface SeasonExtreme {
  month: number;
  factor: number;
}

/**
 * The busiest and the quietest month of the shop's seasons, when they differ from the yearly
 * mean by at least `threshold` (below it the year is flat enough to say nothing).
 *
 * @example
 * seasonExtremes([1.2, 1, 1, 1, 1, 0.8, 1, 1, 1, 1, 1, 1]); // { peak: { month: 0, factor: 1.2 }, trough: { month: 5, factor: 0.8 } }
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

/**
 * The forecast's miss as a signed share of what happened (+0.08: 8 % too high); null when
 * nothing happened to compare with.
 *
 * @example
 * forecastMiss(1653, 1882); // ≈ −0.12
 */
export function forecastMiss(predicted: number, actual: number): number | null {
  return actual > 0 ? predicted / actual - 1 : null;
}

/** The name of month `index` (0 = January) in the language's locale. */
export function monthName(locale: string, index: number): string {
  return new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(2001, index, 15)),
  );
}
