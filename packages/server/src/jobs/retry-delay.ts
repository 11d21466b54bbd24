/** Back-off before retry n: 30 s, 1 min, 2 min, 4 min, … at most 6 hours. */
const FIRST_DELAY_MS = 30_000;
const LONGEST_DELAY_MS = 6 * 3_600_000;

/**
 * How long to wait after the `attempt`-th failure (1-based) before trying again: exponential,
 * so a dependency that is down for an hour is not hammered, capped so a job still runs the
 * same day once it is back. Deterministic (no jitter): jobs fail at spread-out times anyway,
 * and tests advance a clock by exact amounts.
 * @example retryDelayMs(1) // 30_000
 * @example retryDelayMs(3) // 120_000
 */
export function retryDelayMs(attempt: number): number {
  const exponent = Math.max(0, Math.min(attempt - 1, 30));
  return Math.min(FIRST_DELAY_MS * 2 ** exponent, LONGEST_DELAY_MS);
}
