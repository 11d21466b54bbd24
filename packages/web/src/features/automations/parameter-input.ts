/**
 * An automation parameter as the form holds it (text in an input) and as the server takes it:
 * the server's current value tells the type. Returns undefined for text that is not a number
 * where a number is expected (the server's limits then say what is allowed).
 * @example parameterValue(7, '10') // 10
 * @example parameterValue(0.3, '0,25') // 0.25
 */
export function parameterValue(current: unknown, input: string | boolean): unknown {
  if (typeof current === 'boolean') return Boolean(input);
  if (typeof current === 'number') {
    const n = Number(String(input).trim().replace(',', '.'));
    return String(input).trim() === '' || !Number.isFinite(n) ? undefined : n;
  }
  return String(input);
}

/** The share the owner types in percent, as the server's fraction (12 → 0.12). */
export function shareFromPercent(input: string): number | undefined {
  const n = Number(input.trim().replace(',', '.'));
  return input.trim() === '' || !Number.isFinite(n) ? undefined : Math.round(n * 100) / 10_000;
}
