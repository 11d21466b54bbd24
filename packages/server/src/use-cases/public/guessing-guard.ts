import type { RateLimiter } from '../../auth/rate-limiter.ts';
import { AppError } from '../../errors/app-error.ts';

/**
 * Public links (card, sign-up) are unguessable only while guessing is slow. Misses are counted
 * per client address; once over the limit that address gets `rate_limited` for every look-up,
 * hits included — answering known tokens normally would turn the 429 itself into an oracle.
 * Other addresses are unaffected, and the window expires on its own.
 */
export type Guard = { limiter: RateLimiter; key: string; nowMs: number };

export function refuseIfLimited({ limiter, key, nowMs }: Guard): void {
  const wait = limiter.retryAfter(key, nowMs);
  if (wait > 0) {
    throw new AppError('rate_limited', `Too many attempts; try again in ${wait} s`, {
      retryAfterSeconds: wait,
    });
  }
}

/** Counts `weight` attempts against the address (a sign-up weighs more than a look-up). */
export function countAttempt({ limiter, key, nowMs }: Guard, weight = 1): void {
  for (let i = 0; i < weight; i++) limiter.hit(key, nowMs);
}
