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
