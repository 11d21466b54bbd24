/** A shop's history says what a basket looks like once it has this many purchases. */
export const MIN_HISTORY = 30;
/**
 * Until then (and never below): 250 € is an unusual basket for a small shop. Every shop's
 * threshold is at least this, so a counter that does not know its shop's yet asks above it.
 */
export const DEFAULT_CONFIRM_ABOVE_CENTS = 25_000;

/**
 * Above which amount the counter asks "is this really the amount?" before recording: ten times
 * the shop's 99th percentile basket over the last year (a typo like "1250" for "12,50" is
 * 100×), never below 250 €, rounded up to the euro; 250 € while the history is too short.
 * @example confirmAboveCents({ count: 400, p99Cents: 4_210 }) // 42_100
 */
export function confirmAboveCents(history: { count: number; p99Cents: number | null }): number {
  if (history.count < MIN_HISTORY || history.p99Cents === null) return DEFAULT_CONFIRM_ABOVE_CENTS;
  const tenTimes = Math.ceil((history.p99Cents * 10) / 100) * 100;
  return Math.max(DEFAULT_CONFIRM_ABOVE_CENTS, tenTimes);
}
