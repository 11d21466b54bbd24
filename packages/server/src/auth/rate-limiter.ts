import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { addHits, forgetEndedWindows, openWindow } from '../repositories/rate-windows.ts';

/** Ended windows are deleted, now and then, by whoever passes by. */
const PURGE_ONE_IN = 200;

/**
 * A fixed-window counter per key, for card and sign-up-link guessing and for account mails.
 * The counters live in the database (`rate_windows`, one statement per check), so every server
 * process on it — `HABITUE_PROCESSES`, or several instances behind a proxy — applies one limit,
 * not one each. Log-in and owner sign-up limits, which back off, are `attempt-throttle.ts`.
 * Windows expire, so nobody is ever locked out for good.
 */
export class RateLimiter {
  constructor(
    readonly limit: number,
    readonly windowMs: number,
  ) {}

  /** Counts `weight` attempts; returns how long to wait in seconds when over the limit, else 0. */
  async hit(db: Kysely<Database>, key: string, nowMs: number, weight = 1): Promise<number> {
    const at = new Date(nowMs);
    const window = await addHits(db, hashOf(key), weight, at, this.windowMs);
    if (Math.random() * PURGE_ONE_IN < 1) await forgetEndedWindows(db, at);
    return window.hits > this.limit ? secondsUntil(window.windowEndsAt, nowMs) : 0;
  }

  /** Whether `key` is currently at or over the limit, without counting an attempt. */
  async retryAfter(db: Kysely<Database>, key: string, nowMs: number): Promise<number> {
    const window = await openWindow(db, hashOf(key), new Date(nowMs));
    return window && window.hits >= this.limit ? secondsUntil(window.windowEndsAt, nowMs) : 0;
  }
}

function secondsUntil(end: Date, nowMs: number): number {
  return Math.max(1, Math.ceil((end.getTime() - nowMs) / 1000));
}

/** Keys name an address or an email: only their hash is stored. */
function hashOf(key: string): string {
  return createHash('sha256').update(`rate:${key}`).digest('base64url');
}
