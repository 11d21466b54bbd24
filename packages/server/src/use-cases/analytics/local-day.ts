const DAY_MS = 86_400_000;

/**
 * The merchant-local calendar day containing `at`, as days since 1970-01-01.
 * @example localDay(new Date('2026-11-21T23:30:00Z'), 'Europe/Paris') // 20_414 (22 Nov 2026)
 */
export function localDay(at: Date, timeZone: string): number {
  const text = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(at);
  return Math.floor(Date.parse(`${text}T00:00:00Z`) / DAY_MS);
}

/** 20_414 → '2026-11-22'. */
export function dayToIso(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** '2026-11-22' → 20_414. */
export function isoToDay(date: string): number {
  return Math.floor(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
}
