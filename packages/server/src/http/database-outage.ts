import { type Kysely, sql } from 'kysely';
import type { Logger } from 'pino';
import type { Database } from '../db/schema.ts';

/**
 * Failures that mean "the database cannot be reached right now" rather than "this request is
 * wrong": the server is down or restarting, the connection was cut. Socket errors carry Node's
 * code; PostgreSQL's own refusals carry SQLSTATE classes 08 (connection) and 57P (shutdown).
 */
const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EPIPE',
  '57P01',
  '57P02',
  '57P03',
]);
const UNAVAILABLE_MESSAGE =
  /connection terminated|connection error|timeout exceeded when trying to connect/i;

export function isDatabaseUnavailable(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, message, errors } = error as {
    code?: unknown;
    message?: unknown;
    errors?: unknown;
  };
  if (typeof code === 'string' && (UNAVAILABLE_CODES.has(code) || code.startsWith('08')))
    return true;
  // Node reports a refused connection to a name with several addresses as an AggregateError.
  if (Array.isArray(errors) && errors.some(isDatabaseUnavailable)) return true;
  return typeof message === 'string' && UNAVAILABLE_MESSAGE.test(message) && code === undefined;
}

/** How often a lost database is probed, and the Retry-After given meanwhile. */
export const PROBE_EVERY_MS = 1_000;
export const RETRY_AFTER_SECONDS = 5;

type Outage = { since: number; requests: number };

/**
 * One per database handle: turns a burst of failures into one log line when the database is
 * lost and one when it is back. While it is lost, a probe (`select 1`) runs every second — the
 * pool reconnects by itself, so the end of an outage is noticed even with no traffic.
 */
export class DatabaseOutage {
  #outage: Outage | null = null;
  #probe: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly logger: Logger,
  ) {}

  get ongoing(): boolean {
    return this.#outage !== null;
  }

  /** Records a failed request; logs only the first one of an outage. */
  report(error: unknown): void {
    if (this.#outage) {
      this.#outage.requests += 1;
      return;
    }
    this.#outage = { since: Date.now(), requests: 1 };
    const { code, message } = error as { code?: string; message?: string };
    this.logger.error(
      { reason: code ?? message },
      'database unavailable: answering 503 database_unavailable until it is back',
    );
    this.#scheduleProbe();
  }

  #scheduleProbe(): void {
    this.#probe = setTimeout(async () => {
      try {
        await sql`select 1`.execute(this.db);
      } catch {
        this.#scheduleProbe();
        return;
      }
      const outage = this.#outage;
      this.#outage = null;
      this.#probe = null;
      if (outage) {
        this.logger.info(
          { seconds: Math.round((Date.now() - outage.since) / 1000), refused: outage.requests },
          'database available again',
        );
      }
    }, PROBE_EVERY_MS);
    // A probe must never keep a stopping process alive.
    this.#probe.unref();
  }
}

const monitors = new WeakMap<Kysely<Database>, DatabaseOutage>();

/** The outage monitor of a database handle (created on first use, one per handle). */
export function outageOf(db: Kysely<Database>, logger: Logger): DatabaseOutage {
  let monitor = monitors.get(db);
  if (!monitor) {
    monitor = new DatabaseOutage(db, logger);
    monitors.set(db, monitor);
  }
  return monitor;
}
