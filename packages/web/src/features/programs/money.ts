/**
 * Money typed by a person ("4,50", "4.50", "4 €", "1 200,00") as integer cents, or null when
 * it is not an amount. Parsed on the digits, never through a float, so "0,10" is 10 cents.
 * @example parseCents('4,50') // 450
 */
export function parseCents(text: string): number | null {
  const cleaned = text.replace(/[\s\u00a0\u202f€]/g, '');
  const match = /^(\d{1,9})(?:[.,](\d{1,2}))?$/.exec(cleaned);
  if (!match) return null;
  const euros = Number(match[1]);
  const fraction = (match[2] ?? '').padEnd(2, '0');
  return euros * 100 + Number(fraction);
}

/** Cents as the text of a money input, in the user's decimal separator. @example centsToInput(450, 'fr') // "4,50" */
export function centsToInput(cents: number | null | undefined, lang: 'fr' | 'en'): string {
  if (cents === null || cents === undefined) return '';
  const text = (cents / 100).toFixed(2);
  return lang === 'fr' ? text.replace('.', ',') : text;
}

/** A whole number typed by a person, or null. @example parseWhole('10') // 10 */
export function parseWhole(text: string): number | null {
  const trimmed = text.trim();
  return /^\d{1,9}$/.test(trimmed) ? Number(trimmed) : null;
}
