/** True for 0, 1, 2… — the only shape cents, stamps and points may take. */
export function isWholeNumber(value: number): boolean {
  return Number.isSafeInteger(value) && value >= 0;
}

/** True for 1, 2, 3… */
export function isPositiveWholeNumber(value: number): boolean {
  return Number.isSafeInteger(value) && value > 0;
}
