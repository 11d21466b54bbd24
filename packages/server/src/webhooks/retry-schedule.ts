/**
 * When each try of a delivery happens, counted from the first: at once, then after 5 s, 5 min,
 * 30 min, 2 h, 5 h, 10 h and a last one at 24 h (close to the Standard Webhooks reference
 * schedule), so a receiver that is down for a day still gets the event.
 */
const OFFSETS_MS = [0, 5_000, 300_000, 1_800_000, 7_200_000, 18_000_000, 36_000_000, 86_400_000];

/** Tries in all, the first included. */
export const MAX_DELIVERY_ATTEMPTS = OFFSETS_MS.length;

/**
 * When to try again after `attemptsMade` failed tries of a delivery first tried at
 * `firstAttemptAt`, or null when the 24 hours are over.
 * @example nextAttemptAt(new Date('2026-12-06T10:00:00Z'), 1) // 2026-12-06T10:00:05Z
 * @example nextAttemptAt(new Date('2026-12-06T10:00:00Z'), 8) // null
 */
export function nextAttemptAt(firstAttemptAt: Date, attemptsMade: number): Date | null {
  const offset = OFFSETS_MS[attemptsMade];
  return offset === undefined ? null : new Date(firstAttemptAt.getTime() + offset);
}
