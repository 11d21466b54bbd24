import { type Kysely, sql } from 'kysely';
import { deferredKeyCheck } from './deferred-key-check.ts';
import type { Database } from './schema.ts';

/**
 * What repositories run their SQL on: a transaction, or the database itself for a single
 * statement that needs none (a transaction is a Kysely instance too).
 */
export type Tx = Kysely<Database>;

/**
 * Runs `work` in one transaction as the restricted role `habitue_app`, with row-level security
 * scoped to one merchant. Everything a request does on behalf of a merchant goes through here,
 * so a query that forgets its `merchant_id` filter still cannot see another merchant's rows.
 * (The connecting owner role may bypass RLS for the identifying look-ups; switching role per
 * transaction is what makes the policies bite, on the embedded cluster as on DATABASE_URL.)
 */
export function withMerchant<T>(
  db: Kysely<Database>,
  merchantId: string,
  work: (tx: Tx) => Promise<T>,
  options: { lockTimeout?: string } = {},
): Promise<T> {
  return db.transaction().execute(async (tx) => {
    await enterMerchant(tx, merchantId, options);
    return work(tx);
  });
}

/**
 * Switches an open transaction from the system role to one merchant's restricted view, for
 * the rare operation that must create a person (system-wide) and their access (merchant data)
 * atomically. There is no way back within the transaction.
 */
export async function enterMerchant(
  tx: Tx,
  merchantId: string,
  options: { lockTimeout?: string } = {},
): Promise<void> {
  // One round trip: set_config('role', …, true) is SET LOCAL ROLE, and a lock timeout for the
  // transaction (SET LOCAL lock_timeout) rides along when asked for, and so does the proof
  // that the API key the request came with (known from memory) is still live — a row of this
  // merchant's, filtered by its id whichever role reads it.
  const lockTimeout =
    options.lockTimeout === undefined
      ? sql``
      : sql`, set_config('lock_timeout', ${options.lockTimeout}, true)`;
  const check = deferredKeyCheck(merchantId);
  const keyLive = check
    ? sql`, exists (select from api_keys k where k.merchant_id = ${merchantId} and k.id = ${check.keyId} and k.revoked_at is null) as key_live`
    : sql``;
  const { rows } = await sql<{ key_live?: boolean }>`
    select set_config('role', 'habitue_app', true),
      set_config('habitue.merchant_id', ${merchantId}, true)${lockTimeout}${keyLive}`.execute(tx);
  check?.settle(rows[0]?.key_live === true);
}

/**
 * Runs `work` in one transaction as the connecting (owner) role, across merchants. Only for
 * the look-ups that establish which merchant a request belongs to (a session, an API key, a
 * card token, a sign-up link) and for operator commands; never for a merchant's own data.
 */
export function asSystem<T>(db: Kysely<Database>, work: (tx: Tx) => Promise<T>): Promise<T> {
  return db.transaction().execute(work);
}
