import { sql } from 'kysely';
import type { Tx } from '../db/tenant.ts';

export type ThrottleRow = {
  key_hash: string;
  attempts: number;
  last_attempt_at: Date;
  blocked_until: Date | null;
};

/**
 * Locks the counters of these keys for the rest of the transaction (creating empty ones), in
 * key order so that two requests sharing keys never deadlock.
 */
export async function lockThrottles(
  tx: Tx,
  keyHashes: readonly string[],
  at: Date,
): Promise<ThrottleRow[]> {
  const sorted = [...new Set(keyHashes)].sort();
  await tx
    .insertInto('attempt_throttles')
    .values(sorted.map((key_hash) => ({ key_hash, attempts: 0, last_attempt_at: at })))
    .onConflict((oc) => oc.column('key_hash').doNothing())
    .execute();
  return tx
    .selectFrom('attempt_throttles')
    .selectAll()
    .where('key_hash', 'in', sorted)
    .orderBy('key_hash')
    .forUpdate()
    .execute();
}

export async function saveThrottle(tx: Tx, row: ThrottleRow): Promise<void> {
  await tx
    .updateTable('attempt_throttles')
    .set({
      attempts: row.attempts,
      last_attempt_at: row.last_attempt_at,
      blocked_until: row.blocked_until,
    })
    .where('key_hash', '=', row.key_hash)
    .execute();
}

export async function forgetThrottle(tx: Tx, keyHash: string): Promise<void> {
  await tx.deleteFrom('attempt_throttles').where('key_hash', '=', keyHash).execute();
}

/** Gives back one attempt (a success that had been counted while it was checked). */
export async function giveBackAttempt(tx: Tx, keyHash: string): Promise<void> {
  await tx
    .updateTable('attempt_throttles')
    .set({ attempts: sql`greatest(attempts - 1, 0)` })
    .where('key_hash', '=', keyHash)
    .execute();
}

/** Removes counters nobody touched since `before`. */
export async function forgetQuietThrottles(tx: Tx, before: Date): Promise<void> {
  await tx.deleteFrom('attempt_throttles').where('last_attempt_at', '<', before).execute();
}
