/**
 * A fixed-window counter per key, in memory, for card and sign-up-link guessing (checked on every
 * public look-up, so kept off the database). Behind several servers each one limits on its own;
 * log-in and owner sign-up limits live in the database instead (`attempt-throttle.ts`). Windows
 * expire, so nobody is ever locked out for good.
 */
export class RateLimiter {
  #hits = new Map<string, { count: number; resetAt: number }>();

  constructor(
    readonly limit: number,
    readonly windowMs: number,
  ) {}

  /** Counts one attempt; returns how long to wait in seconds when over the limit, else 0. */
  hit(key: string, nowMs: number): number {
    const entry = this.#current(key, nowMs);
    entry.count += 1;
    return entry.count > this.limit ? Math.ceil((entry.resetAt - nowMs) / 1000) : 0;
  }

  /** Whether `key` is currently over the limit, without counting an attempt. */
  retryAfter(key: string, nowMs: number): number {
    const entry = this.#current(key, nowMs);
    return entry.count >= this.limit ? Math.ceil((entry.resetAt - nowMs) / 1000) : 0;
  }

  reset(key: string): void {
    this.#hits.delete(key);
  }

  #current(key: string, nowMs: number) {
    let entry = this.#hits.get(key);
    if (!entry || entry.resetAt <= nowMs) {
      entry = { count: 0, resetAt: nowMs + this.windowMs };
      this.#hits.set(key, entry);
      if (this.#hits.size > 50_000) this.#sweep(nowMs);
    }
    return entry;
  }

  #sweep(nowMs: number) {
    for (const [key, entry] of this.#hits) if (entry.resetAt <= nowMs) this.#hits.delete(key);
  }
}
