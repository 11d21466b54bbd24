import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { z } from 'zod';
import type { Database } from '../db/schema.ts';
import type { Tx } from '../db/tenant.ts';

/** What a handler is given for one run of one job. */
export type JobContext = {
  /**
   * The transaction the job completes in, scoped to the job's merchant (`withMerchant`):
   * everything written through it commits if and only if the job is marked done, so a crash
   * at any point leaves either both or neither.
   */
  tx: Tx;
  merchantId: string;
  job: { id: string; kind: string; attempt: number; maxAttempts: number };
  /** The runner's clock when this run started. Never read the system clock in a handler. */
  now: Date;
  logger: Logger;
  /**
   * The database itself, for work that must commit on its own before the job completes
   * (e.g. marking a message "being sent" before talking to an SMTP server). Such writes are
   * not undone if the run fails: make them idempotent. Each use takes a second connection
   * from the pool while `tx` holds one.
   */
  db: Kysely<Database>;
};

/** A kind of job: its name, the shape of its payload, and what running it does. */
export type JobDefinition<P> = {
  kind: string;
  payload: z.ZodType<P>;
  /** Tries before the job is marked failed (default 8: about two hours of back-off). */
  maxAttempts: number;
  handle(context: JobContext, payload: P): Promise<void>;
};

/**
 * Declares a kind of job. The payload schema checks what is enqueued and what is run, so a
 * payload written by an older version of the code fails clearly rather than half-running.
 * @example
 * const grantBirthday = defineJob({
 *   kind: 'birthday.grant',
 *   payload: z.object({ customerId: z.uuid(), year: z.number().int() }),
 *   async handle({ tx, merchantId, now }, { customerId, year }) { … },
 * });
 */
export function defineJob<P>(definition: {
  kind: string;
  payload: z.ZodType<P>;
  maxAttempts?: number;
  handle(context: JobContext, payload: P): Promise<void>;
}): JobDefinition<P> {
  return { maxAttempts: 8, ...definition };
}

/**
 * Thrown by a handler when trying again cannot help (the customer was erased, the payload
 * names something that no longer exists): the job is marked failed at once.
 */
export class PermanentJobError extends Error {
  override name = 'PermanentJobError';
}
