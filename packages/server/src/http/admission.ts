/** Schedules `run` after `ms`; returns how to cancel it. Injected so tests decide when time passes. */
export type Schedule = (ms: number, run: () => void) => () => void;

export const realTimers: Schedule = (ms, run) => {
  const timer = setTimeout(run, ms);
  return () => clearTimeout(timer);
};

export type AdmissionLimits = {
  /** Requests worked on at once (about what the CPU and the database can overlap). */
  maxInFlight: number;
  /** Requests allowed to wait for a slot; beyond, refused at once. */
  maxWaiting: number;
  /** How long a request may wait for a slot before it is refused. */
  waitMs: number;
};

/** Ends an admitted request; its slot goes to the longest-waiting one. */
export type Release = () => void;

type Waiter = { admit: (release: Release) => void; cancel: () => void };

/** Weight of the newest request in the running mean of how long requests take. */
const SMOOTHING = 0.1;

/**
 * Bounds the work in flight. Without it every request starts at once and queues for a database
 * connection with no limit, so under a burst all of them get slow together (seconds) and none
 * is refused. Here a request either starts within `waitMs`, or is refused — at once when the
 * waiting room is full or when, at the pace requests have been finishing, its turn would come
 * too late; otherwise at its deadline — so that the server answers 503 `overloaded` with
 * Retry-After and the requests it accepted stay fast. Waiting requests start first come, first
 * served.
 */
export class Admission {
  #inFlight = 0;
  #waiting: Waiter[] = [];
  /** Running mean of how long an admitted request takes (ms); 0 until one has finished. */
  #meanServiceMs = 0;

  constructor(
    readonly limits: AdmissionLimits,
    private readonly timers: { schedule: Schedule; now: () => number } = {
      schedule: realTimers,
      now: () => performance.now(),
    },
  ) {}

  get inFlight(): number {
    return this.#inFlight;
  }

  get waiting(): number {
    return this.#waiting.length;
  }

  /** Resolves with the request's `Release` when it may start, or null when it is refused. */
  enter(): Promise<Release | null> {
    if (this.#inFlight < this.limits.maxInFlight) {
      this.#inFlight += 1;
      return Promise.resolve(this.#releaseFrom(this.timers.now()));
    }
    const expectedWaitMs =
      ((this.#waiting.length + 1) / this.limits.maxInFlight) * this.#meanServiceMs;
    if (this.#waiting.length >= this.limits.maxWaiting || expectedWaitMs > this.limits.waitMs) {
      return Promise.resolve(null);
    }
    return new Promise((resolve) => {
      const waiter: Waiter = {
        admit: resolve,
        cancel: this.timers.schedule(this.limits.waitMs, () => {
          this.#waiting = this.#waiting.filter((w) => w !== waiter);
          resolve(null);
        }),
      };
      this.#waiting.push(waiter);
    });
  }

  #releaseFrom(startedAt: number): Release {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const took = this.timers.now() - startedAt;
      this.#meanServiceMs += SMOOTHING * (took - this.#meanServiceMs);
      const next = this.#waiting.shift();
      if (next) {
        next.cancel();
        next.admit(this.#releaseFrom(this.timers.now()));
        return;
      }
      this.#inFlight -= 1;
    };
  }
}
