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
  options: EnterOptions = {},
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
export type EnterOptions = {
  /** SET LOCAL lock_timeout for the transaction (`'5s'`). */
  lockTimeout?: string;
  /**
   * The work's first locking statement proves the request's API key itself (the purchase's
   * lock, `lockCustomerForPurchase`), so entering the merchant leaves the proof to it: on a
   * Citus cluster, where the proof cannot ride with the SET LOCALs, that saves a statement.
   * A work refused before that statement proves the key with `proveOwedApiKey`.
   */
  keyCheckInWork?: boolean;
};

export async function enterMerchant(
  tx: Tx,
  merchantId: string,
  options: EnterOptions = {},
): Promise<void> {
  if (citusSessions) return enterMerchantOnCitus(tx, merchantId, options);
  // One round trip: set_config('role', …, true) is SET LOCAL ROLE, and a lock timeout for the
  // transaction (SET LOCAL lock_timeout) rides along when asked for, and so does the proof
  // that the API key the request came with (known from memory) is still live — a row of this
  // merchant's, filtered by its id whichever role reads it.
  const lockTimeout =
    options.lockTimeout === undefined
      ? sql``
      : sql`, set_config('lock_timeout', ${options.lockTimeout}, true)`;
  const check = options.keyCheckInWork ? undefined : deferredKeyCheck(merchantId);
  const keyLive = check ? sql`, ${apiKeyLive(merchantId, check.keyId)} as key_live` : sql``;
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

/**
 * On a Citus cluster (docs/scale.md) the row-level security policies are evaluated on the
 * workers too, which never see a `set_config`: only SET LOCAL is passed on to them
 * (`citus.propagate_set_commands = 'local'`). Set once per process when the database turns out
 * to be a Citus coordinator; the SET LOCAL form is right on any PostgreSQL, only longer.
 */
let citusSessions = false;

export function useCitusSessions(): void {
  citusSessions = true;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DURATION = /^\d+(ms|s|min)?$/;

async function enterMerchantOnCitus(
  tx: Tx,
  merchantId: string,
  options: EnterOptions,
): Promise<void> {
  // SET takes no parameters: the values are checked to be a uuid and a duration, then inlined.
  if (!UUID.test(merchantId)) throw new Error('merchant id is not a uuid');
  if (options.lockTimeout !== undefined && !DURATION.test(options.lockTimeout)) {
    throw new Error('lock timeout is not a duration');
  }
  const statements = [
    "set local citus.propagate_set_commands = 'local'",
    'set local role habitue_app',
    `set local habitue.merchant_id = '${merchantId}'`,
    ...(options.lockTimeout === undefined
      ? []
      : [`set local lock_timeout = '${options.lockTimeout}'`]),
  ];
  await sql.raw(statements.join('; ')).execute(tx);
  // The cached API key is proved live here, in a statement of its own: sent in the same simple
  // query as the SETs, the cluster refuses it (docs/scale.md). A purchase proves it in its lock.
  if (!options.keyCheckInWork) await proveOwedApiKey(tx, merchantId);
}

/**
 * Proves, in a statement of its own, the API key this request still owes a proof for in
 * `merchantId`'s transaction (nothing to do when it has none, or it was proved): throws the
 * 401 (`ApiKeyNotLive`, never stored under an Idempotency-Key) when the key was revoked since
 * this process learnt it.
 */
export async function proveOwedApiKey(tx: Tx, merchantId: string): Promise<void> {
  const check = deferredKeyCheck(merchantId);
  if (!check) return;
  const { rows } = await sql<{ live: boolean }>`
    select ${apiKeyLive(merchantId, check.keyId)} as live`.execute(tx);
  check.settle(rows[0]?.live === true);
}

/**
 * Whether the API key is still live, as an SQL boolean: a row of the merchant's, filtered by
 * its id whichever role reads it (and routed to the merchant's shard on a Citus cluster).
 * One text for every statement that carries the proof. `select 1`, not an empty select list:
 * in the purchase's lock, next to its claim (a CTE that writes), Citus plans the sub-select on
 * its own and cannot read back a result with no column ("a column definition list is required
 * for functions returning record").
 */
export function apiKeyLive(merchantId: unknown, keyId: unknown) {
  return sql<boolean>`exists (select 1 from api_keys k where k.merchant_id = ${merchantId}
    and k.id = ${keyId} and k.revoked_at is null)`;
}
