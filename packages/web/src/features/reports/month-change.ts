/**
 * How a figure moved from one month to the next: the difference, and the change as a ratio of
 * the month before (null when either is missing or the month before was 0).
 * @example monthChange(120, 100) // { delta: 20, ratio: 0.2 }
 */
export function monthChange(
  current: number | null,
  previous: number | null,
): { delta: number | null; ratio: number | null } {
  if (current === null || previous === null) return { delta: null, ratio: null };
  return {
    delta: current - previous,
    ratio: previous === 0 ? null : (current - previous) / previous,
  };
}

/**
 * The month's name in the language ('2026-11' → 'novembre 2026').
 * @example monthName('2026-11', 'fr') // 'novembre 2026'
 */
export function monthName(month: string, lang: 'fr' | 'en'): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(y, m - 1, 1)));
}
