import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import { afterAttempt, type ThrottlePolicy } from '../../auth/attempt-throttle.ts';
import type { Database } from '../../db/schema.ts';
import { asSystem } from '../../db/tenant.ts';
import { AppError } from '../../errors/app-error.ts';
import {
  forgetQuietThrottles,
  forgetThrottle,
  giveBackAttempt,
  lockThrottles,
  saveThrottle,
} from '../../repositories/attempt-throttles.ts';

/** One counter an attempt is charged to, e.g. `login:<email>:<address>`. */
export type Attempt = { key: string; policy: ThrottlePolicy };

/** Counters untouched for a day are deleted, now and then, by whoever passes by. */
const PURGE_AFTER_MS = 24 * 3_600_000;
const PURGE_ONE_IN = 100;

/**
 * Charges one attempt to every key, or refuses with `rate_limited` (and its Retry-After) when one
 * of them is still waiting, charging nothing. The attempt is counted BEFORE the work it guards
 * (checking a password, creating a business), in one locked transaction, so that a burst of
 * parallel requests cannot all slip through while the first ones are still being checked; a
 * success then gives its attempt back (see `settleSuccess`).
 */
export async function takeAttempts(
  db: Kysely<Database>,
  attempts: readonly Attempt[],
  now: Date,
): Promise<void> {
  const nowMs = now.getTime();
  const refusal = await asSystem(db, async (tx) => {
    const rows = await lockThrottles(tx, attempts.map(hashOf), now);
    const byHash = new Map(rows.map((row) => [row.key_hash, row]));
    const wait = Math.max(
      0,
      ...rows.map((row) => (row.blocked_until ? row.blocked_until.getTime() - nowMs : 0)),
    );
    if (wait > 0) return Math.ceil(wait / 1000);
    for (const attempt of attempts) {
      const row = byHash.get(hashOf(attempt));
      if (!row) continue;
      const next = afterAttempt(
        { attempts: row.attempts, lastAttemptMs: row.last_attempt_at.getTime() },
        attempt.policy,
        nowMs,
      );
      await saveThrottle(tx, {
        key_hash: row.key_hash,
        attempts: next.attempts,
        last_attempt_at: now,
        blocked_until: next.blockedUntilMs === null ? null : new Date(next.blockedUntilMs),
      });
    }
    if (Math.random() * PURGE_ONE_IN < 1) {
      await forgetQuietThrottles(tx, new Date(nowMs - PURGE_AFTER_MS));
    }
    return 0;
  });
  if (refusal > 0) {
    throw new AppError('rate_limited', `Too many attempts; try again in ${refusal} s`, {
      retryAfterSeconds: refusal,
    });
  }
}

/** After a success: each key forgets, gives back or keeps the attempt, as its policy says. */
export async function settleSuccess(
  db: Kysely<Database>,
  attempts: readonly Attempt[],
): Promise<void> {
  await asSystem(db, async (tx) => {
    for (const attempt of attempts) {
      if (attempt.policy.onSuccess === 'forget') await forgetThrottle(tx, hashOf(attempt));
      if (attempt.policy.onSuccess === 'give_back') await giveBackAttempt(tx, hashOf(attempt));
    }
  });
}

/** Keys name an email and an address: only their hash is stored. */
function hashOf(attempt: Attempt): string {
  return createHash('sha256').update(attempt.key).digest('base64url');
}
