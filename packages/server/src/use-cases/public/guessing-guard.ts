import type { Kysely } from 'kysely';
import type { RateLimiter } from '../../auth/rate-limiter.ts';
import type { Database } from '../../db/schema.ts';
import { AppError } from '../../errors/app-error.ts';

/**
 * Public links (card, sign-up) are unguessable only while guessing is slow. Misses are counted
 * per client address; once over the limit that address gets `rate_limited` for every look-up,
 * hits included — answering known tokens normally would turn the 429 itself into an oracle.
 * Other addresses are unaffected, and the window expires on its own.
 */
export type Guard = { db: Kysely<Database>; limiter: RateLimiter; key: string; nowMs: number };

export async function refuseIfLimited({ db, limiter, key, nowMs }: Guard): Promise<void> {
  const wait = await limiter.retryAfter(db, key, nowMs);
  if (wait > 0) {
    throw new AppError('rate_limited', `Too many attempts; try again in ${wait} s`, {
      retryAfterSeconds: wait,
    });
  }
}

/** Counts `weight` attempts against the address (a sign-up weighs more than a look-up). */
export async function countAttempt({ db, limiter, key, nowMs }: Guard, weight = 1): Promise<void> {
  await limiter.hit(db, key, nowMs, weight);
}
