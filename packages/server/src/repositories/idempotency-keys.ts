import { sql } from 'kysely';
import type { Tx } from '../db/tenant.ts';

export type IdempotencyKeyId = { merchantId: string; principal: string; key: string };

/** Claims a key; returns false when someone already holds it. */
export async function claimKey(
  tx: Tx,
  id: IdempotencyKeyId,
  requestHash: string,
  at: Date,
): Promise<boolean> {
  const rows = await tx
    .insertInto('idempotency_keys')
    .values({
      merchant_id: id.merchantId,
      principal: id.principal,
      key: id.key,
      request_hash: requestHash,
      created_at: at,
    })
    .onConflict((oc) => oc.columns(['merchant_id', 'principal', 'key']).doNothing())
    .returning('key')
    .execute();
  return rows.length === 1;
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

/** Stores the answer as the exact text sent, so that a replay is the same bytes. */
export async function storeResponse(tx: Tx, id: IdempotencyKeyId, status: number, text: string) {
  await tx
    .updateTable('idempotency_keys')
    .set({ response_status: status, response_text: text })
    .where('merchant_id', '=', id.merchantId)
    .where('principal', '=', id.principal)
    .where('key', '=', id.key)
    .execute();
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
