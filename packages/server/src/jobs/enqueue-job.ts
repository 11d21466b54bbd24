import { uuidv7 } from 'uuidv7';
import type { Tx } from '../db/tenant.ts';
import { insertJob } from '../repositories/jobs.ts';
import type { JobDefinition } from './define-job.ts';

export type EnqueueOptions<P> = {
  merchantId: string;
  payload: P;
  /** When the job may run at the earliest (default: `now`). */
  runAt?: Date;
  now: Date;
  /**
   * Names the occasion, e.g. `birthday:<customerId>:2027`: per (merchant, kind), a second
   * enqueue with the same key does nothing, whether the first job is queued, running, done or
   * failed — so an occasion is handled once. Without a key every call adds a job.
   */
  key?: string;
  /** Overrides the kind's default number of tries. */
  maxAttempts?: number;
};

/**
 * Adds a job in the caller's transaction, so the job exists if and only if the business write
 * that wants it commits. Works in a merchant-scoped transaction (`withMerchant`) as well as a
 * system one.
 * @example
 * await withMerchant(db, merchantId, async (tx) => {
 *   await insertCustomer(tx, …);
 *   await enqueueJob(tx, sendWelcome, { merchantId, payload: { customerId }, now, key: `welcome:${customerId}` });
 * });
 */
export async function enqueueJob<P>(
  tx: Tx,
  definition: JobDefinition<P>,
  options: EnqueueOptions<P>,
): Promise<{ id: string; created: boolean }> {
  const payload = definition.payload.parse(options.payload);
  return insertJob(tx, {
    merchantId: options.merchantId,
    id: uuidv7(),
    kind: definition.kind,
    payload,
    idempotencyKey: options.key ?? null,
    runAt: options.runAt ?? options.now,
    maxAttempts: options.maxAttempts ?? definition.maxAttempts,
    createdAt: options.now,
  });
}
