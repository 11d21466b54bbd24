import { type QueryCreator, sql } from 'kysely';
import { compiledOnce } from '../db/compiled-once.ts';
import type { Database } from '../db/schema.ts';
import type { Tx } from '../db/tenant.ts';

export type IdempotencyKeyId = { merchantId: string; principal: string; key: string };

/**
 * A key a write claims in its first locking statement instead of a statement of its own (the
 * counter's purchase: one round trip less). `settle` is told what that statement answered.
 */
export interface CarriedClaim {
  readonly id: IdempotencyKeyId;
  readonly requestHash: string;
  readonly at: Date;
  /** Whether this transaction now holds the key; throws when another request held it first. */
  settle(claimed: boolean): Promise<void>;
}

/** Claims a key; returns false when someone already holds it. */
export async function claimKey(
  tx: Tx,
  id: IdempotencyKeyId,
  requestHash: string,
  at: Date,
): Promise<boolean> {
  const rows = await claimKeyInsert(tx, { id, requestHash, at }).execute();
  return rows.length === 1;
}

/** The claim's INSERT, also run as a data-modifying CTE: one row back when it claimed the key. */
export function claimKeyInsert(
  db: QueryCreator<Database>,
  claim: Pick<CarriedClaim, 'id' | 'requestHash' | 'at'>,
) {
  return db
    .insertInto('idempotency_keys')
    .values({
      merchant_id: claim.id.merchantId,
      principal: claim.id.principal,
      key: claim.id.key,
      request_hash: claim.requestHash,
      created_at: claim.at,
    })
    .onConflict((oc) => oc.columns(['merchant_id', 'principal', 'key']).doNothing())
    .returning('key');
}

export function findKey(tx: Tx, id: IdempotencyKeyId) {
  return tx
    .selectFrom('idempotency_keys')
    .selectAll()
    .where('merchant_id', '=', id.merchantId)
    .where('principal', '=', id.principal)
    .where('key', '=', id.key)
    .executeTakeFirst();
}

/**
 * Stores the answer as the exact text sent, so that a replay is the same bytes. The last
 * statement of every idempotent write: built and compiled once per process.
 */
export async function storeResponse(tx: Tx, id: IdempotencyKeyId, status: number, text: string) {
  await tx.executeQuery(
    compiledOnce(
      'store-response',
      { status, text, merchantId: id.merchantId, principal: id.principal, key: id.key },
      (p) =>
        tx
          .updateTable('idempotency_keys')
          .set({ response_status: p.status, response_text: p.text })
          .where('merchant_id', '=', p.merchantId)
          .where('principal', '=', p.principal)
          .where('key', '=', p.key),
    ),
  );
}

/** Takes over a key whose holder died or that is past its replay window. */
export async function retakeKey(
  tx: Tx,
  id: IdempotencyKeyId,
  previousCreatedAt: Date,
  requestHash: string,
  at: Date,
) {
  const result = await tx
    .updateTable('idempotency_keys')
    .set({
      created_at: at,
      request_hash: requestHash,
      response_status: null,
      response_body: null,
      response_text: null,
    })
    .where('merchant_id', '=', id.merchantId)
    .where('principal', '=', id.principal)
    .where('key', '=', id.key)
    .where(sql`created_at`, '=', previousCreatedAt)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
