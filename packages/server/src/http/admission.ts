/** Schedules `run` after `ms`; returns how to cancel it. Injected so tests decide when time passes. */
export type Schedule = (ms: number, run: () => void) => () => void;

export const realTimers: Schedule = (ms, run) => {
  const timer = setTimeout(run, ms);
  return () => clearTimeout(timer);
};

export type AdmissionLimits = {
  /** Requests worked on at once (about the database connections they share). */
  maxInFlight: number;
  /** Requests allowed to wait for a slot; beyond, refused at once. */
  maxWaiting: number;
  /** How long a request may wait for a slot before it is refused. */
  waitMs: number;
};

type Waiter = { admit: (admitted: boolean) => void; cancel: () => void };

/**
 * Bounds the work in flight. Without it every request starts at once and queues for a database
 * connection with no limit, so under a burst all of them get slow together (seconds) and none
 * is refused. Here a request either starts within `waitMs`, or is refused at once (queue full)
 * or at its deadline, so that the server can answer 503 `overloaded` with Retry-After and the
 * requests it did accept stay fast. Waiting requests are admitted first come, first served.
 */
export class Admission {
  #inFlight = 0;
  #waiting: Waiter[] = [];

  constructor(
    readonly limits: AdmissionLimits,
    private readonly schedule: Schedule = realTimers,
  ) {}

  get inFlight(): number {
    return this.#inFlight;
  }

  get waiting(): number {
    return this.#waiting.length;
  }

  /** Resolves true when the request may start (call `leave` when it ends), false when refused. */
  enter(): Promise<boolean> {
    if (this.#inFlight < this.limits.maxInFlight) {
      this.#inFlight += 1;
      return Promise.resolve(true);
    }
    if (this.#waiting.length >= this.limits.maxWaiting) return Promise.resolve(false);
    return new Promise((resolve) => {
      const waiter: Waiter = {
        admit: resolve,
        cancel: this.schedule(this.limits.waitMs, () => {
          this.#waiting = this.#waiting.filter((w) => w !== waiter);
          resolve(false);
        }),
      };
      this.#waiting.push(waiter);
    });
  }

  /** Ends a request that `enter` admitted; its slot goes to the longest-waiting request. */
  leave(): void {
    const next = this.#waiting.shift();
    if (next) {
      next.cancel();
      next.admit(true);
      return;
    }
    this.#inFlight -= 1;
  }
}
